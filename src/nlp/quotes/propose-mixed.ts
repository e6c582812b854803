/**
 * Decides whether a reported content is indirect, mixed or in fact direct. Mixed quotations are
 * reported speech that carries a quoted fragment ("insisted that the invasion “remains very much a
 * possibility”"), as in the dev gold and PARC's "mixed" attributions; a content that is exactly one
 * quotation (“…”) is a direct quote and loses its marks.
 */
import type { Span } from '../../core/span.ts';
import type { QuoteKind } from './candidate.ts';
import type { QuotedSpan } from './quote-marks.ts';

export interface ContentShape extends Span {
  readonly kind: QuoteKind;
}

export function classifyContent(text: string, start: number, end: number, quotes: readonly QuotedSpan[]): ContentShape {
  const whole = quotes.find((q) => q.open === start && (q.close === end - 1 || q.close === end));
  if (whole !== undefined) return { start: whole.start, end: whole.end, kind: 'direct' };
  const inside = quotes.some((q) => q.open >= start && q.open < end);
  if (inside) return { start, end, kind: 'mixed' };
  // A quoted fragment whose marks the pairing did not keep (a nested or straight pair) still counts.
  return { start, end, kind: /[“”«»]/u.test(text.slice(start, end)) ? 'mixed' : 'indirect' };
}

/** True when `q` lies inside a mixed quote's content (the fragment is not a quote of its own). */
export function insideMixed(q: Span, mixed: readonly Span[]): boolean {
  return mixed.some((m) => m.start <= q.start && q.end <= m.end + 1);
}
