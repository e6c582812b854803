/**
 * Builds the `document` section of `brink.analysis/1` from cleaned paragraphs: joins them with one
 * blank line, records each paragraph's span, and derives the stable id from the text.
 */
import type { DocumentSection } from '../core/analysis.ts';
import type { CleanResult } from '../core/clean-result.ts';
import type { Span } from '../core/span.ts';
import { articleId } from '../core/hash.ts';
import { guessLanguage } from './language.ts';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface DocumentInput {
  readonly uri: string | null;
  readonly clean: CleanResult;
}

/** Paragraphs are trimmed and inner blank lines folded, so the separator stays unambiguous. */
export function normaliseParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs
    .map((p) =>
      p
        .replace(/\n\s*\n/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .trim(),
    )
    .filter((p) => p !== '');
}

export function buildDocument({ uri, clean }: DocumentInput): DocumentSection {
  const paragraphs = normaliseParagraphs(clean.paragraphs);
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    id: articleId(text),
    uri,
    title: clean.title,
    published: clean.published,
    publishedFrom: clean.published === null ? null : clean.publishedFrom,
    source: clean.source,
    byline: clean.byline,
    language: clean.language ?? guessLanguage(text),
    text,
    paragraphs: spans,
    removed: clean.removed,
    duplicateOf: null,
    extraction: clean.extraction,
  };
}
