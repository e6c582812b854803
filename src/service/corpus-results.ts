/**
 * The ledger and the escalation index over a store, stored as results (issue #8: "storage of their
 * results"). A result is kept under a name (the query: `ledger:<since>:<until>`,
 * `index:<dyad>:<unit>:<since>:<until>`) with a fingerprint of what it was computed from: the
 * store's contents generation, the rule table and Brink's version. A query whose fingerprint
 * matches reads the stored result; any save that changes the contents, a rule edit or an upgrade
 * makes the next query recompute and store it again. Reading the stored result and recomputing give
 * the same value by construction (the computation is a pure function of those three inputs).
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../core/analysis.ts';
import { buildIndex, buildLedger } from '../corpus/index.ts';
import type { EscalationIndex, IndexOptions, Ledger, LedgerRules, QuadTable } from '../corpus/index.ts';
import type { ArticleFilter, Store } from '../store/store.ts';
import { collect } from './collect.ts';
import { GENERATOR } from './version.ts';

export interface ResultOptions {
  /** Recompute and store even when a stored result matches (after editing code without a version bump). */
  readonly recompute?: boolean;
}

export interface Stored<T> {
  readonly value: T;
  /** Whether the value came from the store (true) or was computed now (false). */
  readonly fromStore: boolean;
  readonly computedAt: string;
}

function fingerprint(generation: number, config: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ generation, config, generator: GENERATOR }))
    .digest('hex')
    .slice(0, 32);
}

async function storedOrComputed<T>(
  store: Store,
  name: string,
  config: unknown,
  options: ResultOptions,
  compute: () => Promise<T>,
): Promise<Stored<T>> {
  // Read the generation before computing: a save that lands meanwhile makes this result stale at once.
  const key = fingerprint(await store.generation(), config);
  const stored = options.recompute === true ? null : await store.getCorpusResult(name);
  if (stored !== null && stored.fingerprint === key) return { value: stored.body as T, fromStore: true, computedAt: stored.computedAt };
  const value = await compute();
  const computedAt = new Date().toISOString();
  await store.putCorpusResult({ name, fingerprint: key, computedAt, body: value });
  return { value, fromStore: false, computedAt };
}

/**
 * The current analyses with their syndicated copies (a copy adds evidence to its original's row,
 * never an outlet) but without superseded versions, which would count a revised article twice.
 */
export async function currentWithCopies(store: Store, filter: ArticleFilter): Promise<Analysis[]> {
  const all = await collect(store.iterateAnalyses({ ...filter, includeDuplicates: true }));
  const listed = await store.listArticles({ ...filter, includeDuplicates: true }, { limit: Math.max(1, all.length), offset: 0 });
  const superseded = new Set(listed.items.filter((a) => a.supersededBy !== null).map((a) => a.id));
  return all.filter((a) => !superseded.has(a.document.id));
}

/**
 * The ledger of the whole store, claims bounded by `bounds`, stored and reused while current.
 * `current` is `currentWithCopies(store, {})` when the caller has already read it, so that a
 * recomputation does not read the store a second time.
 */
export function storedLedger(
  store: Store,
  rules: LedgerRules,
  bounds: { readonly since?: string; readonly until?: string },
  options: ResultOptions = {},
  current?: readonly Analysis[],
): Promise<Stored<Ledger>> {
  const name = `ledger:${bounds.since ?? ''}:${bounds.until ?? ''}`;
  return storedOrComputed(store, name, { rules }, options, async () =>
    buildLedger(current ?? (await currentWithCopies(store, {})), rules, bounds),
  );
}

/** The escalation index over the articles `filter` selects, stored and reused while current. */
export function storedIndex(
  store: Store,
  table: QuadTable,
  index: IndexOptions,
  filter: ArticleFilter,
  options: ResultOptions = {},
): Promise<Stored<EscalationIndex>> {
  const name = `index:${index.dyad?.join('-') ?? '*'}:${index.by}:${filter.since ?? ''}:${filter.until ?? ''}:${filter.source ?? ''}`;
  return storedOrComputed(store, name, { table }, options, async () =>
    buildIndex(await collect(store.iterateAnalyses(filter)), index, table),
  );
}
