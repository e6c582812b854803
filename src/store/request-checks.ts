/**
 * Checks on what callers pass to a Store, shared by every backend so they reject the same things
 * with the same words. Misuse throws BrinkError kind `usage`.
 */
import { BrinkError } from '../core/errors.ts';
import type { ArticleFilter, PageRequest } from './store.ts';

/** ISO 8601 date or date-time prefix: `2022`, `2022-02`, `2022-02-15`, `2022-02-15T10:00Z`. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Throws unless `since`/`until` are ISO dates and `source` is non-empty. */
export function checkFilter(filter: ArticleFilter): void {
  for (const key of ['since', 'until'] as const) {
    const value = filter[key];
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw new BrinkError('usage', `Unexpected ${key} ${JSON.stringify(value)}, expected an ISO 8601 date such as 2022-02-15`);
    }
  }
  if (filter.source !== undefined && filter.source.trim() === '') {
    throw new BrinkError('usage', 'Unexpected empty source filter, expected an outlet name such as Reuters');
  }
}

/** Throws unless limit is a positive integer and offset a non-negative integer. No caps: the caller decides. */
export function checkPage(page: PageRequest): void {
  if (!Number.isSafeInteger(page.limit) || page.limit < 1) {
    throw new BrinkError('usage', `Unexpected limit ${String(page.limit)}, expected a whole number of at least 1`);
  }
  if (!Number.isSafeInteger(page.offset) || page.offset < 0) {
    throw new BrinkError('usage', `Unexpected offset ${String(page.offset)}, expected a whole number of at least 0`);
  }
}

/** The shortest id prefix `getAnalysis` accepts: 6 hex digits leave 16.7 million values. */
export const MIN_ID_PREFIX = 6;

/** True when `value` can be an id prefix (lower-case hex, at least MIN_ID_PREFIX digits). */
export function isIdPrefix(value: string): boolean {
  return value.length >= MIN_ID_PREFIX && /^[0-9a-f]+$/.test(value);
}
