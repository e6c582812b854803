/**
 * Corpus analyses at scale: the say–do ledger (incremental state, then the ledger) and the
 * escalation index over 100,000 synthetic events in 10,000 synthetic articles from a seeded
 * generator (6 sides, 8 outlets, a year of dates, 5% syndicated copies; PLOVER types and
 * modalities drawn with fixed weights so about one event in six is a claim). Target: under 5 s.
 */
import { ANALYSIS_SCHEMA, type Analysis, type Event, type Modality, type Quote, type Sentence } from '../../src/core/analysis.ts';
import { buildIndex } from '../../src/corpus/escalation.ts';
import { buildLedger } from '../../src/corpus/ledger.ts';
import { defaultLedgerRules, defaultQuadTable } from '../../src/corpus/load-rules.ts';
import { mulberry32 } from '../lib/synthetic.ts';
import type { BenchRow, BenchSuite } from '../lib-types.ts';

const ARTICLES = 10_000;
const EVENTS_PER_ARTICLE = 10;
const SIDES = ['RUS', 'UKR', 'USA', 'BLR', 'DEU', 'IGO'] as const;
const OUTLETS = ['Wire A', 'Wire B', 'Herald', 'Ledger', 'Dispatch', 'Observer', 'Daily', 'Post'] as const;
const TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'CONCEDE',
] as const;
const MODALITIES: readonly Modality[] = [
  'asserted',
  'asserted',
  'asserted',
  'asserted',
  'asserted',
  'asserted',
  'negated',
  'future',
  'claimed',
  'hypothetical',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

const ref = (country: string) => ({ actorId: null, name: country, country, span: null });

function syntheticCorpus(): Analysis[] {
  const rand = mulberry32(20220224);
  const start = Date.UTC(2021, 10, 1);
  const out: Analysis[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const published = new Date(start + Math.floor(rand() * 365) * 86_400_000).toISOString().slice(0, 10);
    const sentences: Sentence[] = [];
    const quotes: Quote[] = [];
    const events: Event[] = [];
    let text = '';
    for (let j = 0; j < EVENTS_PER_ARTICLE; j++) {
      const begin = text.length;
      text += `Sentence ${j} of synthetic article ${i} reports an act. `;
      const span = { start: begin, end: text.length - 1 };
      sentences.push({ ...span, paragraph: 0 });
      const source = pick(rand, SIDES);
      const quoted = rand() < 0.4;
      if (quoted)
        quotes.push({
          ...span,
          kind: 'indirect',
          text: 'x',
          cue: null,
          speaker: ref(rand() < 0.7 ? source : pick(rand, SIDES)),
          date: null,
          rule: 'bench',
          confidence: 1,
        });
      events.push({
        ...span,
        type: pick(rand, TYPES),
        mode: null,
        cameo: null,
        intensity: Math.round((rand() * 20 - 10) * 10) / 10,
        source: ref(source),
        target: ref(pick(rand, SIDES)),
        date: published,
        dateFrom: 'published',
        modality: pick(rand, MODALITIES),
        attributedTo: quoted ? quotes.length - 1 : null,
        trigger: { start: begin, end: begin + 8, text: 'Sentence' },
        rule: 'bench',
        confidence: 1,
      });
    }
    const id = i.toString(16).padStart(16, '0');
    const copyOf = i > 0 && rand() < 0.05 ? (out[Math.floor(rand() * i)]?.document.id ?? null) : null;
    out.push({
      schema: ANALYSIS_SCHEMA,
      generator: 'bench',
      document: {
        id,
        uri: `https://bench.example/${id}`,
        title: null,
        published,
        publishedFrom: 'supplied',
        source: pick(rand, OUTLETS),
        byline: null,
        language: 'en',
        text,
        paragraphs: [{ start: 0, end: text.length }],
        removed: [],
        duplicateOf: copyOf,
        extraction: 'bench',
      },
      sentences,
      actors: [],
      quotes,
      times: [],
      events,
      diagnostics: [],
    });
  }
  return out;
}

function timed<T>(fn: () => T): { value: T; seconds: number; peak: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - started) / 1000, peak: process.memoryUsage().rss / 2 ** 20 };
}

export const suite: BenchSuite = {
  id: 'ledger',
  needs: [],
  run() {
    const corpus = syntheticCorpus();
    const events = corpus.length * EVENTS_PER_ARTICLE;
    const rules = defaultLedgerRules();
    const table = defaultQuadTable();
    // buildLedger is addArticle for each article, then ledgerFromState.
    const ledger = timed(() => buildLedger(corpus, rules));
    const steps = ledger.value.rows.reduce((n, r) => n + r.steps.length, 0);
    const index = timed(() => buildIndex(corpus, { dyad: ['RUS', 'UKR'], by: 'day' }, table));
    const all = timed(() => buildIndex(corpus, { by: 'week' }, table));
    const rows: BenchRow[] = [
      {
        name: `ledger (addArticle × ${corpus.length} + ledgerFromState)`,
        items: events,
        unit: 'events',
        seconds: ledger.seconds,
        peakRssMb: ledger.peak,
        note: `${ledger.value.rows.length} claims, ${steps} steps; target < 5 s`,
      },
      {
        name: 'escalation index RUS–UKR by day',
        items: events,
        unit: 'events',
        seconds: index.seconds,
        peakRssMb: index.peak,
        note: `${index.value.periods.length} periods`,
      },
      {
        name: 'escalation index all by week',
        items: events,
        unit: 'events',
        seconds: all.seconds,
        peakRssMb: all.peak,
        note: `${all.value.periods.length} periods`,
      },
    ];
    return Promise.resolve(rows);
  },
};
