/**
 * Time-expression speed: extractTimes over the text of the 256 TempEval-3 TimeBank+AQUAINT
 * documents, each with its creation date as the reference, against chrono-node 2.10.3's parse on
 * the same texts. Texts are read before timing; each row runs a few passes after one warm-up pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { extractTimes } from '../../src/nlp/time/index.ts';
import { readTimeMl } from '../../src/nlp/time/timeml.ts';

const ROOT = 'data/tempeval3-tbaq';
/** Passes per row: smooths JIT and GC noise on two shared cores. */
const PASSES = 3;

interface Doc {
  readonly text: string;
  readonly dct: string | null;
  readonly words: number;
}

function loadDocs(sharedDir: string): Doc[] {
  return ['TimeBank', 'AQUAINT'].flatMap((sub) =>
    readdirSync(join(sharedDir, ROOT, sub))
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => {
        const doc = readTimeMl(readFileSync(join(sharedDir, ROOT, sub, f), 'utf8'));
        return { text: doc.text, dct: doc.dct, words: (doc.text.match(/\S+/g) ?? []).length };
      }),
  );
}

function timeRow(name: string, docs: readonly Doc[], run: (doc: Doc) => number): BenchRow {
  let found = 0;
  for (const doc of docs) run(doc);
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const doc of docs) found += run(doc);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const words = docs.reduce((sum, d) => sum + d.words, 0) * PASSES;
  return {
    name,
    items: docs.length * PASSES,
    unit: 'articles',
    seconds,
    words,
    peakRssMb: peak / 2 ** 20,
    note: `${Math.round(found / PASSES)} expressions per pass`,
  };
}

export const suite: BenchSuite = {
  id: 'time',
  needs: [ROOT],
  run(sharedDir) {
    const docs = loadDocs(sharedDir);
    const brink = timeRow('extractTimes (brink)', docs, (d) => extractTimes(d.text, [], { published: d.dct }).length);
    const baseline = timeRow('chrono.parse (chrono-node)', docs, (d) => {
      const ref = d.dct === null ? undefined : new Date(`${d.dct.slice(0, 10)}T12:00:00Z`);
      return chrono.parse(d.text, ref).length;
    });
    return Promise.resolve([brink, baseline]);
  },
};
