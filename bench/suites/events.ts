/**
 * Event-coder speed in sentences per second: extractEvents over (1) deterministic synthetic wire
 * articles (bench/lib/synthetic.ts: every sentence holds a reporting verb and most an act), and
 * (2) the 322 PLOVER GSR sentences when the shared data is present. Sentences are split before
 * timing; only the event stage is timed, after one warm-up pass, over a few passes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../../src/core/analysis.ts';
import { extractEvents } from '../../src/nlp/events/index.ts';
import { splitSentences } from '../../src/nlp/sentences/split.ts';
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { syntheticArticle } from '../lib/synthetic.ts';

const PLOVER = 'data/plover/PLOVER_GSR_CAMEO.txt';
const PASSES = 3;
const ARTICLES = 60;

interface Doc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly published: string | null;
}

function doc(text: string, paragraphs: readonly { start: number; end: number }[], published: string | null): Doc {
  return { text, sentences: splitSentences(text, paragraphs), published };
}

function synthetic(): Doc[] {
  return Array.from({ length: ARTICLES }, (_, i) => {
    const article = syntheticArticle(7, i);
    const text = article.paragraphs.join('\n\n');
    let start = 0;
    const spans = article.paragraphs.map((p) => {
      const span = { start, end: start + p.length };
      start += p.length + 2;
      return span;
    });
    return doc(text, spans, article.published);
  });
}

function row(name: string, docs: readonly Doc[]): BenchRow {
  let events = 0;
  for (const d of docs) extractEvents(d.text, d.sentences, { published: d.published });
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const d of docs) events += extractEvents(d.text, d.sentences, { published: d.published }).length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0) * PASSES;
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/gu) ?? []).length, 0) * PASSES;
  return {
    name,
    items: sentences,
    unit: 'sentences',
    seconds,
    words,
    peakRssMb: peak / 2 ** 20,
    note: `${Math.round(events / PASSES)} events per pass`,
  };
}

export const suite: BenchSuite = {
  id: 'events',
  needs: [],
  run(sharedDir) {
    const rows = [row(`extractEvents, ${ARTICLES} synthetic articles`, synthetic())];
    const path = join(sharedDir, PLOVER);
    if (existsSync(path)) {
      const records = (JSON.parse(readFileSync(path, 'utf8')) as { text?: string }[]).flatMap((r) =>
        typeof r.text === 'string' ? [r.text] : [],
      );
      rows.push(
        row(
          'extractEvents, PLOVER GSR sentences',
          records.map((t) => doc(t, [{ start: 0, end: t.length }], null)),
        ),
      );
    }
    return Promise.resolve(rows);
  },
};
