/**
 * Dated events indexed by (type), (type, source) and (type, target), each list sorted by date, so a
 * fate rule looks only at the events of its types and sides inside its time window (binary search
 * to the window's start). This keeps the ledger near-linear on large corpora.
 */
import type { EventRecord } from './records.ts';

export interface EventIndex {
  readonly byType: ReadonlyMap<string, readonly EventRecord[]>;
  readonly bySource: ReadonlyMap<string, readonly EventRecord[]>;
  readonly byTarget: ReadonlyMap<string, readonly EventRecord[]>;
}

function push(map: Map<string, EventRecord[]>, key: string, record: EventRecord): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [record]);
  else list.push(record);
}

function compareRecords(a: EventRecord, b: EventRecord): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.span.start - b.span.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/** Indexes the dated records (undated ones cannot be placed in a window and are left out). */
export function indexEvents(records: Iterable<EventRecord>): EventIndex {
  const byType = new Map<string, EventRecord[]>();
  const bySource = new Map<string, EventRecord[]>();
  const byTarget = new Map<string, EventRecord[]>();
  // One sort, then pushes in that order keep every list sorted.
  const sorted = [...records].filter((r) => r.date !== null).sort(compareRecords);
  for (const r of sorted) {
    push(byType, r.type, r);
    if (r.source !== null) push(bySource, `${r.type}|${r.source}`, r);
    if (r.target !== null) push(byTarget, `${r.type}|${r.target}`, r);
  }
  return { byType, bySource, byTarget };
}

/** The index range [from, to) of the records of `list` dated within [first, last] (ISO dates, inclusive). */
export function windowRange(list: readonly EventRecord[], first: string, last: string): readonly [number, number] {
  const lowerBound = (date: string, inclusive: boolean): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = list[mid]?.date ?? '';
      if (inclusive ? d < date : d <= date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [lowerBound(first, true), lowerBound(last, false)];
}

const DAY_MS = 86_400_000;

const shifted = new Map<string, string>();

/** The ISO date `days` after `date` (negative goes back); memoised, as claims share few dates. */
export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let value = shifted.get(key);
  if (value === undefined) {
    value = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
    // Bounded: a corpus spans a few thousand dates and the rules a handful of offsets.
    if (shifted.size > 100_000) shifted.clear();
    shifted.set(key, value);
  }
  return value;
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}
