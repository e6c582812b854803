/**
 * Shared pieces of the Store contract suite: the test registrar type, article builders and checks.
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.ts';
import { BrinkError } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/store.ts';
import { makeAnalysis, seededWords, type AnalysisFields } from '../helpers/make-analysis.ts';

/** Registers one contract test that receives a fresh, empty store. */
export type It = (name: string, body: (store: Store) => Promise<void>) => void;

/** An article body of `words` generated words around the given keywords, unique per seed. */
export function body(seed: number, keywords = '', words = 80): string {
  return `${seededWords(seed, words / 2)} ${keywords} ${seededWords(seed + 100_000, words / 2)}`;
}

/** A generated article with its own uri and title, overridable field by field. */
export function article(seed: number, fields: Partial<AnalysisFields> = {}): Analysis {
  return makeAnalysis({ text: body(seed), uri: `https://example.org/news/${seed}`, title: `Report ${seed}`, ...fields });
}

export const PAGE = { limit: 100, offset: 0 };

export async function isUsageError(promise: Promise<unknown>): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof BrinkError && error.kind === 'usage');
}
