/**
 * The one storage interface every backend implements (SQLite now, PostgreSQL later). Callers
 * (service/, cli/) import only this file; backend code stays in its own folder. Every method is
 * async so a network database fits without touching callers.
 */
import type { Analysis } from '../core/analysis.ts';

export interface ArticleSummary {
  readonly id: string;
  readonly uri: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly duplicateOf: string | null;
  /** Id of the newer version of the same uri that replaced this one, else null. */
  readonly supersededBy: string | null;
  readonly words: number;
  /** ISO date-time the article was stored. */
  readonly ingestedAt: string;
}

export type SaveStatus = 'inserted' | 'unchanged' | 'new-version';

export interface SaveResult {
  readonly id: string;
  readonly status: SaveStatus;
  /** For `new-version`: the id of the version it replaces. */
  readonly previousId: string | null;
  /** Set when the store linked the article to an earlier near-duplicate. */
  readonly duplicateOf: string | null;
}

export interface ArticleFilter {
  /** Inclusive ISO date lower bound on `published`. */
  readonly since?: string;
  /** Inclusive ISO date upper bound on `published`. */
  readonly until?: string;
  /** Exact outlet name (case-insensitive). */
  readonly source?: string;
  /** Include near-duplicate copies and superseded versions (default false). */
  readonly includeDuplicates?: boolean;
}

export interface PageRequest {
  /** Rows per page; callers pass what they want, the store never caps silently. */
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Total matching rows, so a caller always knows whether more pages exist. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchHit extends ArticleSummary {
  /** Excerpt of the text around the match, with matches wrapped in [ and ]. */
  readonly snippet: string;
  /** Relevance: the negated BM25 score, so higher is more relevant; hits come best first. */
  readonly rank: number;
}

/** Counts over every stored row, including near-duplicate copies and superseded versions. */
export interface StoreStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly superseded: number;
  readonly sources: readonly { readonly source: string | null; readonly articles: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly words: number;
}

/** A corpus result (ledger, escalation index) stored under a name with the fingerprint it was computed for. */
export interface StoredResult {
  readonly name: string;
  /** What the result was computed from (contents generation, rules, version); the caller's key. */
  readonly fingerprint: string;
  /** ISO date-time it was computed. */
  readonly computedAt: string;
  /** The result as a JSON value. */
  readonly body: unknown;
}

export interface Store {
  /**
   * Stores one analysis in one transaction: either everything about the article lands or nothing.
   * Idempotent: the same text again is `unchanged`. The same uri with a different text is a
   * `new-version`. Near-duplicates of stored articles get `duplicateOf` set.
   */
  saveAnalysis(analysis: Analysis): Promise<SaveResult>;
  /**
   * The stored analysis by id (or a unique id prefix of at least 6 hex digits), else null. A prefix
   * that matches several articles throws BrinkError kind `usage`.
   */
  getAnalysis(idOrPrefix: string): Promise<Analysis | null>;
  /** Articles newest published first (undated last, then by id). */
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>>;
  /** Full-text search; `query` uses Brink's query syntax (see store/query-syntax.ts). */
  search(query: string, filter: ArticleFilter, page: PageRequest): Promise<Page<SearchHit>>;
  /** Streams stored analyses oldest published first (undated last, then by id), for export; memory stays flat. */
  iterateAnalyses(filter: ArticleFilter): AsyncIterable<Analysis>;
  stats(): Promise<StoreStats>;
  /**
   * A counter of the stored contents: every save that is not `unchanged` increases it, so a result
   * computed at one generation is known to be stale at another.
   */
  generation(): Promise<number>;
  /** The stored corpus result of that name, or null. */
  getCorpusResult(name: string): Promise<StoredResult | null>;
  /** Stores a corpus result, replacing any of the same name. */
  putCorpusResult(result: StoredResult): Promise<void>;
  close(): Promise<void>;
}
