/**
 * Actor-stage speed: extractActors over the clean texts of the bundled demo corpus (data/demo,
 * read with readInputs and cleaned with analyzeRaw outside the timer), each with its published
 * date, repeated to make a long run. One row without the statistical tagger (the default) and one
 * with it. The knowledge base is loaded during the warm-up pass, not timed.
 */
import type { Sentence } from '../../src/core/analysis.ts';
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { analyzeRaw } from '../../src/service/analyze.ts';
import { extractActors, type ActorOptions } from '../../src/nlp/actors/stage.ts';

/** Passes per row: smooths JIT and GC noise on two shared cores. */
const PASSES = 5;

interface Doc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly published: string | null;
  readonly words: number;
}

async function loadDocs(): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const item of readInputs(['data/demo/text', 'data/demo/html', 'data/demo/jsonl'])) {
    if (!item.ok) continue;
    const result = analyzeRaw(item.doc);
    if (!result.ok) continue;
    const { text, published } = result.analysis.document;
    docs.push({ text, published, sentences: result.analysis.sentences, words: (text.match(/\S+/gu) ?? []).length });
  }
  return docs;
}

function row(name: string, docs: readonly Doc[], options: ActorOptions, passes: number): BenchRow {
  for (const d of docs) extractActors(d.text, d.published, { ...options, sentences: d.sentences });
  let actors = 0;
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const d of docs) actors += extractActors(d.text, d.published, { ...options, sentences: d.sentences }).length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const words = docs.reduce((s, d) => s + d.words, 0) * passes;
  return {
    name,
    items: docs.length * passes,
    unit: 'articles',
    seconds,
    words,
    peakRssMb: peak / 2 ** 20,
    note: `${Math.round(actors / passes)} actors per pass`,
  };
}

export const suite: BenchSuite = {
  id: 'actors',
  needs: [],
  async run(): Promise<readonly BenchRow[]> {
    const docs = await loadDocs();
    return [row('actors (KB + rules)', docs, {}, PASSES), row('actors (KB + rules + tagger)', docs, { tagger: true }, 1)];
  },
};
