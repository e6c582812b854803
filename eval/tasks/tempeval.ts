/**
 * TempEval-3 task A on the cleaned TimeBank + AQUAINT corpus (TBAQ, 256 TimeML files): time
 * expression extents (strict and relaxed F1), type accuracy and value F1, scored as TempEval-3
 * does. The document creation time is passed as `published` and is not itself scored.
 * chrono-node 2.10.3 on the same data: relaxed 0.748, strict 0.553, value 0.486.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow, EvalTask } from '../lib/types.ts';
import { extractTimes } from '../../src/nlp/time/index.ts';
import { readTimeMl } from '../../src/nlp/time/timeml.ts';
import { emptyCounts, f1, scoreDocument } from '../../src/nlp/time/timex-score.ts';

const ROOT = 'data/tempeval3-tbaq';

function tmlFiles(dir: string): string[] {
  return ['TimeBank', 'AQUAINT']
    .flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.tml'))
        .map((f) => join(dir, sub, f)),
    )
    .sort();
}

export const task: EvalTask = {
  id: 'tempeval',
  title: 'TIMEX3 extents, types and values on TempEval-3 TimeBank+AQUAINT',
  needs: [ROOT],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    const counts = emptyCounts();
    const files = tmlFiles(join(sharedDir, ROOT));
    for (const file of files) {
      const doc = readTimeMl(readFileSync(file, 'utf8'));
      const predicted = extractTimes(doc.text, [], { published: doc.dct });
      scoreDocument(doc.timexes, predicted, counts);
    }
    const note = `${files.length} docs, ${counts.gold} gold, ${counts.predicted} predicted`;
    return Promise.resolve([
      { metric: 'span-f1-strict', value: f1(counts.strict, counts.predicted, counts.gold), n: counts.gold, note: `${note}; chrono 0.553` },
      {
        metric: 'span-f1-relaxed',
        value: f1(counts.relaxed, counts.predicted, counts.gold),
        n: counts.gold,
        note: 'chrono 0.748; HeidelTime 0.903 (TE-3 test)',
      },
      {
        metric: 'value-f1',
        value: f1(counts.valueCorrect, counts.predicted, counts.gold),
        n: counts.gold,
        note: 'chrono 0.486; HeidelTime 0.776 (TE-3 test)',
      },
      {
        metric: 'type-accuracy',
        value: counts.relaxed === 0 ? 0 : counts.typeCorrect / counts.relaxed,
        n: counts.relaxed,
        note: 'over relaxed matches',
      },
    ]);
  },
};
