/**
 * What a cleaner (HTML or plain text) returns: the article's paragraphs and the metadata it found.
 * `clean/index.ts` merges it with the container's supplied metadata and builds the document section.
 */
import type { Diagnostic } from './diagnostic.ts';
import type { RemovedText } from './analysis.ts';

export interface CleanResult {
  readonly title: string | null;
  readonly byline: string | null;
  readonly source: string | null;
  /** ISO 8601 date, or null: prefer unknown to a wrong date. */
  readonly published: string | null;
  /** `json-ld`, `meta`, `time`, `url`, `text`, or null. */
  readonly publishedFrom: string | null;
  readonly language: string | null;
  /** Body paragraphs in order, each trimmed, none empty, none containing a blank line. */
  readonly paragraphs: readonly string[];
  readonly removed: readonly RemovedText[];
  /** Method id, e.g. `html/brink-density`, `text/lines`. */
  readonly extraction: string;
  readonly diagnostics: readonly Diagnostic[];
}
