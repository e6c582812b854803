/**
 * The refiner half: widens DATE/TIME candidates over a leading modifier ("late January",
 * "mid-2021", "earlier this week": TimeML keeps the modifier in the extent and records it in `mod`,
 * the value is unchanged) and keeps a set of non-overlapping candidates, longest first.
 */
import type { Candidate } from './meaning.ts';
import { compareSpans } from '../../core/span.ts';

/**
 * Modifiers that TimeBank/TempEval-3 extents include before a date: early/late/mid, "earlier"/
 * "later" before a deictic date, and "the end/beginning/middle of".
 */
const LEADING_MODIFIER =
  /(?<![\p{L}\p{N}])(?:(?:early|late|earlier|later|mid)(?:\s+|-)|mid-?|the\s+(?:end|beginning|start|middle|turn|close|first\s+half|second\s+half)\s+of\s+)$/iu;

/** Extends a DATE or TIME candidate left over a TimeML modifier. */
export function withModifier(text: string, candidate: Candidate): Candidate {
  if (candidate.type === 'DURATION' || candidate.type === 'SET') return candidate;
  if (candidate.meaning.kind === 'fixed' && candidate.meaning.value.endsWith('_REF')) return candidate;
  const head = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  const m = LEADING_MODIFIER.exec(head);
  if (!m) return candidate;
  // "later" / "earlier" alone qualify deictic words ("earlier this month", "later Tuesday"), not "later 2021".
  if (/^(?:earlier|later)/i.test(m[0]) && candidate.meaning.kind === 'fixed') return candidate;
  return { ...candidate, start: candidate.start - m[0].length };
}

/**
 * Keeps the longest candidate among overlapping ones (ties: higher confidence, then the earlier
 * rule), and returns the survivors sorted by start.
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || b.c.confidence - a.c.confidence || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort(compareSpans);
}
