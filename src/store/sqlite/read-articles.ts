/**
 * Reading articles back: by id or prefix, listing with totals, streaming for export, and stats.
 */
import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis.ts';
import { BrinkError } from '../../core/errors.ts';
import { isIdPrefix } from '../request-checks.ts';
import type { ArticleFilter, ArticleSummary, Page, PageRequest, StoreStats } from '../store.ts';
import { EXPORT_ORDER, LIST_ORDER, SUMMARY_COLUMNS, filterSql, toSummary, type SummaryRow } from './article-rows.ts';

interface AnalysisRow {
  readonly id: string;
  readonly duplicate_of: string | null;
  readonly analysis: string;
}

/** Parses a stored analysis; the row's duplicate_of is the store's decision and wins. */
export function analysisFromRow(row: AnalysisRow): Analysis {
  const analysis = JSON.parse(row.analysis) as Analysis;
  return { ...analysis, document: { ...analysis.document, duplicateOf: row.duplicate_of } };
}

/** Exact id, else a unique prefix of at least 6 hex digits; an ambiguous prefix is a usage error. */
export function getAnalysisSync(db: Database.Database, idOrPrefix: string): Analysis | null {
  const exact = db.prepare('SELECT id, duplicate_of, analysis FROM articles WHERE id = ?').get(idOrPrefix) as AnalysisRow | undefined;
  if (exact !== undefined) return analysisFromRow(exact);
  if (!isIdPrefix(idOrPrefix)) return null;
  // A range scan on the primary key; `g` sorts after every hex digit.
  const rows = db
    .prepare('SELECT id, duplicate_of, analysis FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2')
    .all(idOrPrefix, `${idOrPrefix}g`) as AnalysisRow[];
  if (rows.length > 1) {
    throw new BrinkError(
      'usage',
      `Unexpected id prefix ${idOrPrefix} matching several articles, expected a longer prefix that matches one`,
    );
  }
  return rows[0] === undefined ? null : analysisFromRow(rows[0]);
}

export function listArticlesSync(db: Database.Database, filter: ArticleFilter, page: PageRequest): Page<ArticleSummary> {
  const { where, params } = filterSql(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM articles a WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE ${where} ORDER BY ${LIST_ORDER} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: page.limit, offset: page.offset }) as SummaryRow[];
  return { items: rows.map(toSummary), total, limit: page.limit, offset: page.offset };
}

/**
 * Rows per read while streaming. Each batch is a fresh query, so no statement stays open across
 * the consumer's awaits (the connection stays usable) and memory holds one batch at a time.
 * 16 rows of even 100 kB articles stay under 2 MB, and the per-query cost is a keyset seek.
 */
export const EXPORT_BATCH_ROWS = 16;

/**
 * Streams analyses oldest-published first (undated last, then by id) with keyset paging on
 * (published is null, published, id), so each batch costs the same however deep the export goes.
 */
export function* iterateAnalysesFrom(db: Database.Database, filter: ArticleFilter): Generator<Analysis, void, undefined> {
  const { where, params } = filterSql(filter);
  const statement = db.prepare(
    `SELECT a.id, a.duplicate_of, a.analysis, a.published FROM articles a
     WHERE ${where} AND (@first OR (a.published IS NULL, coalesce(a.published, ''), a.id) > (@afterNull, @afterPublished, @afterId))
     ORDER BY ${EXPORT_ORDER} LIMIT ${EXPORT_BATCH_ROWS}`,
  );
  let cursor = { first: 1, afterNull: 0, afterPublished: '', afterId: '' };
  for (;;) {
    const rows = statement.all({ ...params, ...cursor }) as (AnalysisRow & { published: string | null })[];
    for (const row of rows) yield analysisFromRow(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < EXPORT_BATCH_ROWS) return;
    cursor = { first: 0, afterNull: last.published === null ? 1 : 0, afterPublished: last.published ?? '', afterId: last.id };
  }
}

export function statsSync(db: Database.Database): StoreStats {
  const totals = db
    .prepare(
      `SELECT count(*) AS articles,
              count(duplicate_of) AS duplicates,
              count(superseded_by) AS superseded,
              min(published) AS firstPublished,
              max(published) AS lastPublished,
              coalesce(sum(words), 0) AS words
       FROM articles`,
    )
    .get() as Omit<StoreStats, 'sources'>;
  const sources = db
    .prepare('SELECT source, count(*) AS articles FROM articles GROUP BY source COLLATE NOCASE ORDER BY articles DESC, source')
    .all() as { source: string | null; articles: number }[];
  return { ...totals, sources };
}
