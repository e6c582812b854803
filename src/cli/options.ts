/** Shared option parsing: every bad value is a usage error naming the flag and what it expects. */
import { BrinkError } from '../core/errors.ts';
import type { ArticleFilter, PageRequest } from '../store/store.ts';
import type { DateRange } from '../service/date-range.ts';

export const DEFAULT_DB = './brink.db';

export function parseCount(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new BrinkError('usage', `Unexpected ${flag} value "${value}", expected a whole number >= ${min}`);
  }
  return Number(value);
}

export function parseDateFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new BrinkError('usage', `Unexpected ${flag} value "${value}", expected a date like 2022-02-10 (or 2022-02, 2022)`);
  return value;
}

export interface FilterFlags {
  since?: string;
  until?: string;
  source?: string;
  all?: boolean;
}

/** `--since`/`--until` as a day range; a month or year `--until` means its last day, so `--until 2022-02` includes 28 February. */
export function toDateRange(flags: { since?: string; until?: string }): DateRange {
  const since = parseDateFlag('--since', flags.since);
  const until = parseDateFlag('--until', flags.until);
  return { ...(since === undefined ? {} : { since }), ...(until === undefined ? {} : { until: endOfPeriod(until) }) };
}

export function toFilter(flags: FilterFlags): ArticleFilter {
  return {
    ...toDateRange(flags),
    ...(flags.source === undefined ? {} : { source: flags.source }),
    ...(flags.all ? { includeDuplicates: true } : {}),
  };
}

function endOfPeriod(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

export function toPage(flags: { limit?: string; offset?: string }, defaultLimit: number): PageRequest {
  return { limit: parseCount('--limit', flags.limit, defaultLimit, 1), offset: parseCount('--offset', flags.offset, 0) };
}
