/**
 * Time expressions on the hand-annotated dev set (shared/eval/dev): each gold time is matched by
 * surface text, in document order, to a predicted expression whose text equals it or contains it
 * (or is contained by it: "Since 2014" vs our "2014", as TimeML keeps "since" out), then the values
 * are compared. The dev guidelines value "Tuesday night" at day granularity while TIMEX3 writes
 * `2022-02-15TNI`; a predicted value that extends the gold day with a time part counts as right.
 */
import { extractTimes } from '../../src/nlp/time/index.ts';
import type { TimeExpression } from '../../src/core/analysis.ts';
import { DEV_DIR, loadDevArticles } from '../lib/dev-gold.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

function sameSurface(gold: string, predicted: string): boolean {
  const g = gold.toLowerCase();
  const p = predicted.toLowerCase();
  return g === p || g.includes(p) || p.includes(g);
}

function sameValue(gold: string, predicted: string | null): boolean {
  return predicted !== null && (predicted === gold || predicted.startsWith(`${gold}T`));
}

/** Index of the first unused prediction matching `text`, searching from `from`, then from the start. */
function findMatch(times: readonly TimeExpression[], used: Set<number>, text: string, from: number): number {
  const order = [...times.keys()].filter((i) => i >= from).concat([...times.keys()].filter((i) => i < from));
  return order.find((i) => !used.has(i) && sameSurface(text, times[i]?.text ?? '')) ?? -1;
}

export const task: EvalTask = {
  id: 'dev-times',
  title: 'Time expressions and their values on the dev articles',
  needs: [DEV_DIR],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    let gold = 0;
    let matched = 0;
    let valueRight = 0;
    const misses: string[] = [];
    for (const { gold: file, text } of loadDevArticles(sharedDir)) {
      const times = extractTimes(text, [], { published: file.published });
      const used = new Set<number>();
      let cursor = 0;
      for (const time of file.times) {
        gold++;
        const index = findMatch(times, used, time.text, cursor);
        const found = times[index];
        if (found === undefined) {
          misses.push(time.text);
          continue;
        }
        used.add(index);
        cursor = index + 1;
        matched++;
        if (sameValue(time.value, found.value)) valueRight++;
        else misses.push(`${time.text}=${found.value ?? 'null'}`);
      }
    }
    const note = misses.length === 0 ? 'all matched' : `wrong/missed: ${misses.join(', ')}`;
    return Promise.resolve([
      { metric: 'time-recall', value: gold === 0 ? 1 : matched / gold, n: gold, note: 'matched by surface text' },
      { metric: 'value-accuracy', value: matched === 0 ? 1 : valueRight / matched, n: matched, note },
    ]);
  },
};
