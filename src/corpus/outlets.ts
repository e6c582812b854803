/**
 * Independent outlets. A syndicated copy (`duplicateOf` set by the store) repeats its original, so
 * it counts as the original's outlet: two outlets printing one wire story are one report, not two.
 */
import type { ArticleMeta } from './records.ts';
import type { LedgerEvidence } from './types.ts';

/** The article a copy descends from (following copy-of-copy links), or the article itself. */
export function originOf(meta: ArticleMeta, articles: ReadonlyMap<string, ArticleMeta>): ArticleMeta | string {
  let current = meta;
  for (let hops = 0; hops < 8 && current.duplicateOf !== null; hops++) {
    const next = articles.get(current.duplicateOf);
    // The original is not in the corpus: its id still identifies the report.
    if (next === undefined) return current.duplicateOf;
    current = next;
  }
  return current;
}

/** True when the article is a syndicated copy whose original is in the corpus (so it counts once, as the original). */
export function isCopyOfPresent(meta: ArticleMeta, articles: ReadonlyMap<string, ArticleMeta>): boolean {
  return meta.duplicateOf !== null && meta.duplicateOf !== meta.id && articles.has(meta.duplicateOf);
}

/** The outlet a report counts for: the origin's outlet name, else the origin article's id. */
export function outletKey(meta: ArticleMeta, articles: ReadonlyMap<string, ArticleMeta>): string {
  const origin = originOf(meta, articles);
  if (typeof origin === 'string') return `article:${origin}`;
  return origin.source === null ? `article:${origin.id}` : `outlet:${origin.source.trim().toLowerCase()}`;
}

/** The outlet key of every article, computed once per ledger (article id → key). */
export function outletKeys(articles: ReadonlyMap<string, ArticleMeta>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [id, meta] of articles) keys.set(id, outletKey(meta, articles));
  return keys;
}

/** Distinct independent outlets among articles, given precomputed outlet keys. */
export function countOutletsOf(articleIds: Iterable<string>, keys: ReadonlyMap<string, string>): number {
  const seen = new Set<string>();
  for (const id of articleIds) seen.add(keys.get(id) ?? `article:${id}`);
  return seen.size;
}

/** Distinct independent outlets among the evidence. */
export function countOutlets(evidence: readonly LedgerEvidence[], articles: ReadonlyMap<string, ArticleMeta>): number {
  const keys = new Set<string>();
  for (const e of evidence) {
    const meta = articles.get(e.articleId);
    keys.add(meta === undefined ? `article:${e.duplicateOf ?? e.articleId}` : outletKey(meta, articles));
  }
  return keys.size;
}

/** Evidence entry for an event record's sentence. */
export function evidenceOf(record: {
  readonly article: ArticleMeta;
  readonly sentence: string;
  readonly span: { readonly start: number; readonly end: number };
}): LedgerEvidence {
  const a = record.article;
  return {
    articleId: a.id,
    uri: a.uri,
    source: a.source,
    published: a.published,
    duplicateOf: a.duplicateOf,
    sentence: record.sentence,
    span: { start: record.span.start, end: record.span.end },
  };
}

/** Orders evidence by publication date (undated last), article id, then offset. */
export function compareEvidence(a: LedgerEvidence, b: LedgerEvidence): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span.start - b.span.start;
}
