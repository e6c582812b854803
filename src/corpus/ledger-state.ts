/**
 * The ledger's incremental state: every article seen so far, flattened to event records. Adding an
 * article is cheap; `ledgerFromState` computes the ledger from the whole state, so the result never
 * depends on the order articles arrived in, and incremental equals batch by construction.
 */
import type { Analysis } from '../core/analysis.ts';
import { articleRecords, type ArticleMeta, type EventRecord } from './records.ts';

export interface LedgerState {
  /** Article id → its metadata and event records. Re-adding an id replaces it. */
  readonly articles: Map<string, { readonly meta: ArticleMeta; readonly events: readonly EventRecord[] }>;
}

export function createLedgerState(): LedgerState {
  return { articles: new Map() };
}

/** Adds (or replaces, by id) one article; mutates and returns `state` (an accumulator). */
export function addArticle(state: LedgerState, analysis: Analysis): LedgerState {
  const entry = articleRecords(analysis);
  state.articles.set(entry.meta.id, entry);
  return state;
}

/** Article metadata by id. */
export function metaById(state: LedgerState): Map<string, ArticleMeta> {
  return new Map([...state.articles].map(([id, entry]) => [id, entry.meta]));
}

/** Articles ordered by publication date (undated last), then id: the one order every pass uses. */
export function orderedArticles(state: LedgerState): { readonly meta: ArticleMeta; readonly events: readonly EventRecord[] }[] {
  return [...state.articles.values()].sort((a, b) => {
    const pa = a.meta.published ?? '9999';
    const pb = b.meta.published ?? '9999';
    return pa < pb ? -1 : pa > pb ? 1 : a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0;
  });
}
