/**
 * Quote-stage speed on the PolNeAR test texts: extractQuotes over sentences split beforehand
 * (outside the timer), beside the sentence splitter's own speed on the same texts, so the share of
 * the quote stage in a sentences+quotes pipeline can be read off. One warm-up pass, then PASSES
 * timed passes per row.
 */
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import type * as Pipeline from '../../src/nlp/pipeline.ts';
import type { Sentence } from '../../src/core/analysis.ts';
import { extractQuotes } from '../../src/nlp/quotes/index.ts';
import { quotesStage } from '../../src/nlp/quotes/stage.ts';
import { splitSentences } from '../../src/nlp/sentences/split.ts';
import { lineParagraphs, loadPolnear, POLNEAR_DIR } from '../../eval/tasks/polnear.ts';

const PASSES = 2;

function timeRow(name: string, texts: readonly string[], words: number, run: (i: number) => unknown): BenchRow {
  texts.forEach((_, i) => run(i));
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) texts.forEach((_, i) => run(i));
  const seconds = (performance.now() - started) / 1000;
  return { name, items: texts.length * PASSES, unit: 'articles', seconds, words: words * PASSES };
}

export const suite: BenchSuite = {
  id: 'quotes',
  needs: [`${POLNEAR_DIR}/test/text`],
  run: async (sharedDir) => {
    const rows = measure(sharedDir);
    // The other stages are built in parallel: when the default pipeline loads, time it too, so the
    // quote stage's share of a whole analysis can be read off.
    try {
      const { defaultStages, runPipeline } = await import('../../src/nlp/pipeline.ts');
      rows.push(...pipelineShare(sharedDir, defaultStages, runPipeline));
    } catch (error) {
      rows.push({
        name: 'pipeline (default stages)',
        items: 0,
        unit: 'articles',
        seconds: 0,
        note: `not measured: ${String(error).slice(0, 80)}`,
      });
    }
    return rows;
  },
};

type Stages = typeof Pipeline.defaultStages;
type Run = typeof Pipeline.runPipeline;

function pipelineShare(sharedDir: string, stages: Stages, runPipeline: Run): BenchRow[] {
  const texts = loadPolnear(sharedDir, 'test').map((a) => a.text);
  const inputs = texts.map((text) => ({ text, paragraphs: lineParagraphs(text), published: null, language: 'en' }));
  const items = inputs.map((input) => runPipeline(input, stages));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/gu) ?? []).length, 0);
  const pipeline = timeRow(`pipeline (${stages.map((s) => s.id).join('+')})`, texts, words, (i) =>
    runPipeline(inputs[i] ?? inputs[0]!, stages),
  );
  const quotes = timeRow('quote stage after them', texts, words, (i) => quotesStage.run(inputs[i] ?? inputs[0]!, items[i] ?? items[0]!));
  const share = quotes.seconds / (quotes.seconds + pipeline.seconds);
  return [pipeline, { ...quotes, note: `${(share * 100).toFixed(0)}% of a pipeline with the quote stage added` }];
}

function measure(sharedDir: string): BenchRow[] {
  const texts = loadPolnear(sharedDir, 'test').map((a) => a.text);
  const paragraphs = texts.map(lineParagraphs);
  const sentences: Sentence[][] = texts.map((t, i) => splitSentences(t, paragraphs[i] ?? []));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/gu) ?? []).length, 0);
  const split = timeRow('sentence splitter (wink sbd+pos)', texts, words, (i) => splitSentences(texts[i] ?? '', paragraphs[i] ?? []));
  const quotes = timeRow('quote stage (extractQuotes)', texts, words, (i) => extractQuotes(texts[i] ?? '', sentences[i] ?? [], {}));
  const share = quotes.seconds / (quotes.seconds + split.seconds);
  return [split, { ...quotes, note: `${(share * 100).toFixed(0)}% of sentences+quotes time` }];
}
