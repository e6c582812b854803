/**
 * What ingest hands to clean: one article's decoded content plus whatever metadata its container
 * supplied (a JSON Lines record, a feed item, CLI flags). Content is already decoded to a JS string,
 * NFC-normalised, with "\n" line endings.
 */
import type { Diagnostic } from './diagnostic.ts';

export type RawFormat = 'html' | 'text' | 'markdown';

/** Metadata supplied by the container; each field wins over what the cleaner extracts. */
export interface SuppliedMeta {
  readonly url?: string;
  readonly title?: string;
  /** ISO 8601 date or date-time. */
  readonly published?: string;
  readonly source?: string;
  readonly author?: string;
}

export interface RawDocument {
  /** Where it came from: a path, `path:LINE` for JSON Lines, `path#item-N` for feeds, a URL, `stdin`. */
  readonly uri: string;
  /** How it was read: `file`, `jsonl`, `rss`, `atom`, `stdin`, `url`. */
  readonly origin: string;
  readonly format: RawFormat;
  readonly content: string;
  readonly meta: SuppliedMeta;
  /** Non-fatal problems met while reading (e.g. replaced invalid bytes). */
  readonly diagnostics: readonly Diagnostic[];
}

/** One result of reading inputs: a document, or a fatal diagnostic that names the input. */
export type IngestItem = { readonly ok: true; readonly doc: RawDocument } | { readonly ok: false; readonly diagnostic: Diagnostic };
