/**
 * Day-precision calendar dates as ISO strings (`2022-02-15`), with the plausibility bounds every
 * date source shares. Plain strings compare chronologically, so callers sort and compare them as is.
 */

export interface YearBound {
  readonly id: string;
  readonly year: number;
  readonly reason: string;
}

/** Earliest year a news page date may have. */
export const MIN_YEAR: YearBound = {
  id: 'date/min-year',
  year: 1995,
  reason: 'news sites barely existed before 1995; earlier years on a page are history, not its date',
};

/**
 * Latest year accepted at all. Not the clock (the contract forbids guessing from it): only a
 * guard against typos and template placeholders such as 9999; the future-date check proper compares
 * a candidate with the page's other signals (see published-date.ts).
 */
export const MAX_YEAR: YearBound = {
  id: 'date/max-year',
  year: 2099,
  reason: 'years past 2099 are placeholders or typos, never a publication date',
};

/** A valid ISO day for the given parts, or null when the parts name no real day within bounds. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR.year || year > MAX_YEAR.year) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids local-time shifts.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Replaces Arabic-Indic and Persian digits with ASCII ones so one set of patterns reads them all. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
