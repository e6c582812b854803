/**
 * Reads a TIMEX3 DATE value back into a calendar period, so an anaphoric expression ("five days
 * later", "a year earlier") can count from the date the text last mentioned.
 */
import type { CalendarDate } from './calendar.ts';
import { addDays, isValidDate } from './calendar.ts';
import type { Granularity } from './meaning.ts';

/** The first day of a period and how fine it is. */
export interface Period {
  readonly date: CalendarDate;
  readonly granularity: Granularity;
}

/** `2022-01-22`, `2022-01-22TNI`, `2022-W07`, `2022-01`, `2022-Q1`, `2022`; anything else is null. */
export function parsePeriod(value: string): Period | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isValidDate(date) ? { date, granularity: 'D' } : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds 4 January; step back to its Monday, then forward whole weeks.
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const weekday = new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() || 7;
    return { date: addDays(jan4, 1 - weekday + 7 * (Number(m[2]) - 1)), granularity: 'W' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { date: { year: Number(m[1]), month: Number(m[2]), day: 1 }, granularity: 'M' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { date: { year: Number(m[1]), month: 3 * (Number(m[2]) - 1) + 1, day: 1 }, granularity: 'Q' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { date: { year: Number(m[1]), month: 1, day: 1 }, granularity: 'Y' };
  return null;
}
