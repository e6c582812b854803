/**
 * Test helper (imported by the *.test.ts files only): splits a fixture into paragraphs on blank
 * lines and sentences with the project splitter, then runs the extractor.
 */
import type { Actor, Quote, TimeExpression } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';
import { splitSentences } from '../sentences/split.ts';
import { extractQuotes } from './index.ts';

export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

export function quotesOf(text: string, options: { actors?: readonly Actor[]; times?: readonly TimeExpression[] } = {}): Quote[] {
  return extractQuotes(text, splitSentences(text, paragraphsOf(text)), options);
}
