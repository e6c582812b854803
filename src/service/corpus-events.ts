/**
 * Events across the corpus, filtered by actor country, type, modality and date, with their
 * evidence sentence; and the two interchange formats analysts load elsewhere: PLOVER JSON and a
 * GDELT-style tab-separated file.
 */
import type { Analysis, Event, Modality } from '../core/analysis.ts';
import { defaultQuadTable, QUAD_CLASSES } from '../corpus/index.ts';
import { overlapsRange, type DateRange } from './date-range.ts';

export interface CorpusEvent {
  readonly articleId: string;
  readonly uri: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly date: string | null;
  readonly dateFrom: Event['dateFrom'];
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly intensity: number | null;
  readonly sourceActor: string | null;
  readonly sourceCountry: string | null;
  readonly targetActor: string | null;
  readonly targetCountry: string | null;
  readonly modality: Modality;
  readonly speaker: string | null;
  readonly trigger: string;
  readonly sentence: string;
  readonly rule: string;
  readonly confidence: number;
}

export interface EventFilter extends DateRange {
  /** Source actor country (ISO3, IGO) or actor id. */
  readonly actor?: string;
  readonly types?: readonly string[];
  readonly modalities?: readonly string[];
}

function matchesActor(e: Event, actor: string): boolean {
  const wanted = actor.toUpperCase();
  return e.source?.country === wanted || e.source?.actorId === actor;
}

export function corpusEvents(analyses: Iterable<Analysis>, filter: EventFilter = {}): CorpusEvent[] {
  const types = filter.types?.map((t) => t.toUpperCase());
  const out: CorpusEvent[] = [];
  for (const a of analyses) {
    const { text } = a.document;
    for (const e of a.events) {
      if (filter.actor && !matchesActor(e, filter.actor)) continue;
      if (types && !types.includes(e.type)) continue;
      if (filter.modalities && !filter.modalities.includes(e.modality)) continue;
      if (!overlapsRange(e.date, filter)) continue;
      const sentence = a.sentences.find((s) => s.start <= e.trigger.start && e.trigger.end <= s.end);
      out.push({
        articleId: a.document.id,
        uri: a.document.uri,
        source: a.document.source,
        published: a.document.published,
        date: e.date,
        dateFrom: e.dateFrom,
        type: e.type,
        mode: e.mode,
        cameo: e.cameo,
        intensity: e.intensity,
        sourceActor: e.source?.name ?? null,
        sourceCountry: e.source?.country ?? null,
        targetActor: e.target?.name ?? null,
        targetCountry: e.target?.country ?? null,
        modality: e.modality,
        speaker: e.attributedTo === null ? null : (a.quotes[e.attributedTo]?.speaker?.name ?? null),
        trigger: e.trigger.text,
        sentence: sentence ? text.slice(sentence.start, sentence.end) : text.slice(e.start, e.end),
        rule: e.rule,
        confidence: e.confidence,
      });
    }
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
}

/** PLOVER-style event records (field names after the PLOVER specification's JSON examples). */
export function toPloverJson(events: readonly CorpusEvent[]): string {
  const records = events.map((e, i) => ({
    id: `${e.articleId}-${i}`,
    date: e.date,
    event_type: e.type,
    mode: e.mode,
    context: [],
    source: { name: e.sourceActor, country: e.sourceCountry },
    target: { name: e.targetActor, country: e.targetCountry },
    modality: e.modality,
    cameo: e.cameo,
    goldstein: e.intensity,
    text: e.sentence,
    url: e.uri,
    outlet: e.source,
  }));
  return JSON.stringify(records, null, 2) + '\n';
}

export const GDELT_COLUMNS = [
  'SQLDATE',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor2Name',
  'Actor2CountryCode',
  'EventCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'Modality',
  'PloverType',
  'SOURCEURL',
  'Outlet',
  'Sentence',
] as const;

/**
 * CAMEO root → GDELT quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
 * conflict), read from the project's quad-class table (data/ledger/quad-classes.json).
 */
export function quadClass(cameo: string | null): number | null {
  const quad = cameo === null ? undefined : defaultQuadTable().cameoRoots[cameo.slice(0, 2)];
  return quad === undefined ? null : QUAD_CLASSES.indexOf(quad) + 1;
}

/** Tabs and line breaks inside a field would break the row; they become spaces. */
const tsv = (v: string | number | null): string => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

export function toGdeltTsv(events: readonly CorpusEvent[]): string {
  const rows = events.map((e) =>
    [
      e.date?.slice(0, 10).replace(/-/g, '') ?? null,
      e.sourceActor,
      e.sourceCountry,
      e.targetActor,
      e.targetCountry,
      e.cameo,
      e.cameo?.slice(0, 2) ?? null,
      quadClass(e.cameo),
      e.intensity,
      e.modality,
      e.type,
      e.uri,
      e.source,
      e.sentence,
    ]
      .map(tsv)
      .join('\t'),
  );
  return [GDELT_COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}
