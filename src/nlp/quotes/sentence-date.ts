/**
 * The date a statement was made, when its sentence states one: a DATE time expression in the same
 * sentence whose value is a full day (`2022-02-15`, also `2022-02-15TNI`). Weeks, months and vague
 * references (`PAST_REF`) are not a day and give null, so a quote is never given a guessed date.
 */
import type { TimeExpression } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';

const FULL_DAY = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/u;

export function sentenceDate(times: readonly TimeExpression[], sentence: Span): string | null {
  for (const t of times) {
    if (t.type !== 'DATE' || t.value === null || t.start < sentence.start || t.end > sentence.end) continue;
    const day = FULL_DAY.exec(t.value);
    if (day?.[1] !== undefined) return day[1];
  }
  return null;
}
