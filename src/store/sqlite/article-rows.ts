/**
 * How articles look as SQLite rows, and the WHERE clause for an ArticleFilter. Filter values are
 * always bound as named parameters; only fixed SQL text is concatenated.
 */
import type { ArticleFilter, ArticleSummary } from '../store.ts';

/** Columns of `articles` that make an ArticleSummary. */
export const SUMMARY_COLUMNS =
  'a.id, a.uri, a.title, a.published, a.source, a.byline, a.duplicate_of, a.superseded_by, a.words, a.ingested_at';

export interface SummaryRow {
  readonly id: string;
  readonly uri: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly duplicate_of: string | null;
  readonly superseded_by: string | null;
  readonly words: number;
  readonly ingested_at: string;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    uri: row.uri,
    title: row.title,
    published: row.published,
    source: row.source,
    byline: row.byline,
    duplicateOf: row.duplicate_of,
    supersededBy: row.superseded_by,
    words: row.words,
    ingestedAt: row.ingested_at,
  };
}

export interface FilterSql {
  /** SQL conditions joined by AND (`1` when none), over the table alias `a`. */
  readonly where: string;
  readonly params: Record<string, string>;
}

/**
 * Conditions for a filter. `until` is inclusive at its own precision: until `2022-02-15` keeps
 * `2022-02-15T23:00Z`, so the published value is cut to the bound's length before comparing.
 * Articles without a published date drop out when since or until is given.
 */
export function filterSql(filter: ArticleFilter): FilterSql {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.since !== undefined) {
    conditions.push('a.published >= @since');
    params['since'] = filter.since;
  }
  if (filter.until !== undefined) {
    conditions.push('substr(a.published, 1, length(@until)) <= @until');
    params['until'] = filter.until;
  }
  if (filter.source !== undefined) {
    conditions.push('a.source = @source COLLATE NOCASE');
    params['source'] = filter.source.trim();
  }
  if (filter.includeDuplicates !== true) {
    conditions.push('a.duplicate_of IS NULL AND a.superseded_by IS NULL');
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}

/** Listing order: newest published first, undated last, then id so pages never overlap. */
export const LIST_ORDER = 'a.published DESC NULLS LAST, a.id';

/** Export order: oldest published first, undated last, then id (see iterateAnalyses). */
export const EXPORT_ORDER = 'a.published ASC NULLS LAST, a.id';
