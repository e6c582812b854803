/**
 * Reads one full calendar date written out in English: "22 November 2021", "November 22, 2021",
 * "Nov. 22nd, 2021", "Tuesday, 15 Feb 2022", "2022-02-15". Anything partial or ambiguous (no year,
 * "02/03/2022", which is 2 March or 3 February depending on the country) gives null.
 */
import { MONTH_LEXICONS, monthNameTable } from './html/metadata/month-names.ts';

/** English month names and abbreviations (`feb`, `sept`), from the shared month lexicon. */
const MONTHS = monthNameTable(MONTH_LEXICONS.filter((lexicon) => lexicon.id === 'en'));

const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest year accepted: online news before the web's spread is not what Brink reads. */
export const MIN_YEAR = 1990;
/** Latest year accepted; a sanity bound against page numbers and phone numbers read as years. */
export const MAX_YEAR = 2100;

export function calendarDate(text: string): string | null {
  const value = text.trim().replace(WEEKDAY, '');
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match = ISO.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_MONTH_YEAR.exec(value))) [d, m, y] = [Number(match[1]), MONTHS.get(match[2]!.toLowerCase()), Number(match[3])];
  else if ((match = MONTH_DAY_YEAR.exec(value))) [m, d, y] = [MONTHS.get(match[1]!.toLowerCase()), Number(match[2]), Number(match[3])];
  if (y === undefined || m === undefined || d === undefined || y < MIN_YEAR || y > MAX_YEAR) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
