/**
 * Corpus export: one row per stored article, as JSON Lines (the full brink.analysis/1 record) or
 * CSV (the document fields). Streams from the store so memory stays flat on large corpora.
 */
import type { Analysis } from '../core/analysis.ts';
import type { ArticleFilter, Store } from '../store/store.ts';

export type ExportFormat = 'jsonl' | 'csv';

export const CSV_COLUMNS = ['id', 'published', 'source', 'title', 'byline', 'uri', 'language', 'duplicate_of', 'words', 'text'] as const;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula (OWASP "CSV injection"):
  // article text is untrusted, so such cells get a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(a: Analysis): string {
  const d = a.document;
  const words = d.text.split(/\s+/).filter(Boolean).length;
  return [d.id, d.published, d.source, d.title, d.byline, d.uri, d.language, d.duplicateOf, words, d.text].map(csvField).join(',');
}

export async function exportCorpus(
  store: Store,
  format: ExportFormat,
  filter: ArticleFilter,
  write: (chunk: string) => void,
): Promise<number> {
  let count = 0;
  if (format === 'csv') write(CSV_COLUMNS.join(',') + '\r\n');
  for await (const analysis of store.iterateAnalyses(filter)) {
    write(format === 'csv' ? csvRow(analysis) + '\r\n' : JSON.stringify(analysis) + '\n');
    count++;
  }
  return count;
}
