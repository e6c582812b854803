/**
 * Overlap resolution: the longest candidate wins, then the higher rule priority (rules.ts), then
 * the earlier one. The result is sorted and never overlaps, as the analysis format requires.
 */
import type { Candidate } from './candidate.ts';
import { ruleOf } from './rules.ts';
import { compareSpans } from '../../core/span.ts';

export function selectCandidates(candidates: readonly Candidate[], taken: readonly Candidate[] = []): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || ruleOf(b.rule).priority - ruleOf(a.rule).priority || a.start - b.start,
  );
  const chosen: Candidate[] = [...taken];
  const spans = taken.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const overlaps = (start: number, end: number): boolean => {
    // Binary search for the first span ending after `start`.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.[1] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo];
    return s !== undefined && s[0] < end;
  };
  for (const c of order) {
    if (c.end <= c.start || overlaps(c.start, c.end)) continue;
    chosen.push(c);
    let i = spans.findIndex((s) => s[0] > c.start);
    if (i < 0) i = spans.length;
    spans.splice(i, 0, [c.start, c.end]);
  }
  return chosen.sort(compareSpans);
}
