/**
 * A half-open range `[start, end)` of UTF-16 code units into an article's immutable clean text
 * (`document.text` in `brink.analysis/1`). UTF-16 because that is what JavaScript strings index
 * by, so `text.slice(start, end)` is always the evidence, with no conversion.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Returns the text a span covers; throws when the span does not lie inside `text`. */
export function sliceSpan(text: string, span: Span): string {
  assertSpan(text, span);
  return text.slice(span.start, span.end);
}

/** Programmer-error check: a span must be integral, ordered and inside the text. */
export function assertSpan(text: string, span: Span): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`Unexpected span [${start}, ${end}), expected 0 <= start <= end <= ${text.length} (the text length)`);
  }
}

/** True when two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Orders spans by start, then by end, so item lists have one canonical order. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
