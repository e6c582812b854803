/**
 * Picks the year of a year-less month, date or season from the article date and the clause's
 * tense: "in December" in a past-tense sentence of a February article is last December; "in
 * March" in a future one is this March. Without a tense the nearest occurrence wins.
 */
import type { CalendarDate } from './calendar.ts';
import type { Tense } from './tense.ts';

/** How far (in months) a date may lie on the "wrong" side of the article date before the year moves. */
export const TENSE_SLACK_MONTHS = 2;

/** Month index counted from year 0, so months compare with one subtraction. */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/**
 * Year for `month` relative to `ref`. An explicit offset ("last May" = -1, "next May" = +1, "this
 * May" = 0) wins over tense; a present or unknown tense takes the nearest occurrence.
 */
export function yearFor(month: number, ref: CalendarDate, tense: Tense, offset: number | null): number {
  const here = monthIndex(ref.year, ref.month);
  const sameYear = monthIndex(ref.year, month);
  if (offset === 0) return ref.year;
  // "last May" is the latest May before the article's month, "next May" the first one after it.
  if (offset === -1) return sameYear < here ? ref.year : ref.year - 1;
  if (offset === 1) return sameYear > here ? ref.year : ref.year + 1;
  if (tense === 'past') return sameYear - here > TENSE_SLACK_MONTHS ? ref.year - 1 : ref.year;
  if (tense === 'future') return here - sameYear > TENSE_SLACK_MONTHS ? ref.year + 1 : ref.year;
  // With no tense, news dates lean to the past: a month more than a quarter ahead is last year's.
  const distance = sameYear - here;
  if (distance > 3) return ref.year - 1;
  if (distance < -6) return ref.year + 1;
  return ref.year;
}

/** First month of each TIMEX3 season token (northern hemisphere, as in the guidelines' examples). */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Year of a season: "last fall" in a February article is the previous year's fall. */
export function seasonYear(season: string, ref: CalendarDate, tense: Tense, offset: number | null): number {
  const start = SEASON_START[season] ?? 1;
  const begun = start <= ref.month;
  if (offset === 0) return ref.year;
  if (offset === -1) return start + 2 < ref.month ? ref.year : ref.year - 1;
  if (offset === 1) return begun ? ref.year + 1 : ref.year;
  if (tense === 'past') return begun ? ref.year : ref.year - 1;
  if (tense === 'future') return begun ? ref.year + 1 : ref.year;
  return ref.year;
}
