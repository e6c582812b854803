/**
 * Proleptic Gregorian calendar arithmetic on plain {year, month, day} records, done through
 * `Date.UTC` with explicit arguments so the result never depends on the machine's clock or zone.
 * TIMEX3 values are written with the formatters here (TimeML 1.2.1 guidelines, section 2.2 "value").
 */

/** A calendar day; month 1-12, day 1-31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

function toEpochDays(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function fromEpochDays(days: number): CalendarDate {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Reads the date part of an ISO 8601 date or date-time (`2022-02-17`, `2022-02-17T10:00Z`, `20220217`). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(date) ? date : null;
}

/** True when the day exists in that month (29 February only in leap years). */
export function isValidDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return date.day <= daysInMonth(date.year, date.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDays(toEpochDays(date) + days);
}

/** Adds whole months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: CalendarDate): number {
  const js = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week-numbering year and week (the week with the year's first Thursday is week 1). */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toEpochDays(thursday) - toEpochDays(jan1)) / 7) + 1;
  return { year: thursday.year, week };
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDays(b) - toEpochDays(a);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `2022-W07`: TIMEX3 writes weeks with the ISO week-numbering year. */
export function formatWeek(date: CalendarDate): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
