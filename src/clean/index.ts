/**
 * Clean stage: picks the cleaner for a raw document's format and merges what it found with the
 * metadata the container supplied (a JSON Lines record, a feed item, CLI flags win over extraction,
 * because the publisher's own feed or the analyst's flag is better evidence than page heuristics).
 */
import type { RawDocument, SuppliedMeta } from '../core/raw-document.ts';
import type { CleanResult } from '../core/clean-result.ts';
import { cleanHtml } from './html/index.ts';
import { cleanPlainText } from './text/index.ts';
import { extractTextMetadata } from './text-metadata.ts';

export function cleanRaw(raw: RawDocument): CleanResult {
  const url = raw.meta.url ?? (/^https?:\/\//.test(raw.uri) ? raw.uri : undefined);
  const result =
    raw.format === 'html'
      ? cleanHtml(raw.content, url === undefined ? {} : { url })
      : withTextMetadata(raw.content, cleanPlainText(raw.content, { format: raw.format }));
  return mergeSupplied(result, raw.meta);
}

/** Plain text carries its byline, date and outlet as printed lines; they fill what the cleaner left empty. */
function withTextMetadata(content: string, result: CleanResult): CleanResult {
  const found = extractTextMetadata(content);
  return {
    ...result,
    byline: result.byline ?? found.byline,
    source: result.source ?? found.source,
    published: result.published ?? found.published,
    publishedFrom: result.published !== null ? result.publishedFrom : found.published !== null ? 'text' : null,
  };
}

/**
 * Supplied metadata wins field by field. When a title was supplied and the text or Markdown
 * cleaner took a different first line as the headline, that line was body text after all, so it
 * goes back.
 */
export function mergeSupplied(result: CleanResult, meta: SuppliedMeta): CleanResult {
  const title = meta.title?.trim() || null;
  let paragraphs = result.paragraphs;
  if (title !== null && result.title !== null && !sameHeadline(title, result.title) && !result.extraction.startsWith('html/')) {
    paragraphs = [result.title, ...paragraphs];
  }
  const published = meta.published === undefined ? null : isoDate(meta.published);
  return {
    ...result,
    paragraphs,
    title: title ?? result.title,
    published: published ?? result.published,
    publishedFrom: published !== null ? 'supplied' : result.publishedFrom,
    source: meta.source?.trim() || result.source,
    byline: meta.author?.trim() || result.byline,
  };
}

function sameHeadline(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * Accepts ISO 8601 dates and date-times (and what Date.parse reads unambiguously, such as RFC 2822
 * feed dates) and returns the calendar date `YYYY-MM-DD`, or null when the value is not a date.
 */
export function isoDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
