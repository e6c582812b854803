/**
 * Finds calendar dates written in text or attribute values: ISO, numeric day/month/year forms and
 * month-name forms in the languages of month-names.ts. Each pattern is a record with a reason; the
 * caller decides which match to trust. Pure and linear: every pattern is anchored on digits, so
 * no pattern backtracks over long runs of text.
 */
import { asciiDigits, isoDay } from './iso-day.ts';
import { monthNameTable } from './month-names.ts';

export interface DateHints {
  /**
   * How to read an ambiguous numeric date such as 03/04/2020: true for day first (most of the
   * world), false for month first (US English), null to refuse (unknown beats wrong).
   */
  readonly dayFirst: boolean | null;
}

export interface FoundDate {
  readonly iso: string;
  /** UTF-16 offset of the match in the searched text. */
  readonly index: number;
  readonly end: number;
  /** Id of the pattern that matched. */
  readonly pattern: string;
}

interface DatePattern {
  readonly id: string;
  readonly reason: string;
  readonly regex: RegExp;
  /** Year, month, day from the match, or null when the match is not a date under these hints. */
  parts(match: RegExpExecArray, hints: DateHints): readonly [number, number, number] | null;
}

const MONTHS = monthNameTable();
// Longest first so "sept" wins over "sep" and "janvier" over "jan".
const MONTH_ALTERNATION = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
// Unicode-aware word edges: JavaScript's \b only knows ASCII letters.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

function monthOf(name: string | undefined): number {
  return MONTHS.get((name ?? '').toLowerCase()) ?? 0;
}

function num(text: string | undefined): number {
  return Number(text ?? 'NaN');
}

export const DATE_PATTERNS: readonly DatePattern[] = [
  {
    id: 'iso',
    reason: 'ISO 8601 (2022-02-15, 2022-02-15T10:00Z): machine dates in attributes, JSON-LD and URLs',
    regex: new RegExp(`${START}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\p{N}])`, 'gu'),
    parts: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    id: 'year-first-numeric',
    reason: 'year first with slashes or dots (2022/02/15, 2022.02.15): East Asian and some CMS formats',
    regex: new RegExp(`${START}(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${END}`, 'gu'),
    parts: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    id: 'day-dot-month-dot-year',
    reason: 'dotted dates (15.02.2022) are day first in every language that writes them',
    regex: new RegExp(`${START}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})${END}`, 'gu'),
    parts: (m) => [num(m[3]), num(m[2]), num(m[1])],
  },
  {
    id: 'numeric-slash',
    reason: 'slashed or dashed dates (15/02/2022, 02-15-2022); order from the value or the page hints',
    regex: new RegExp(`${START}(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${END}`, 'gu'),
    parts: (m, hints) => {
      const a = num(m[1]);
      const b = num(m[3]);
      const year = num(m[4]);
      if (a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      if (a === b) return [year, a, b];
      if (hints.dayFirst === null) return null;
      return hints.dayFirst ? [year, b, a] : [year, a, b];
    },
  },
  {
    id: 'day-month-name-year',
    reason:
      'day before a month name (15 February 2022, 15. Februar 2022, 15 de febrero de 2022); a second name after a slash is the same month in another calendar naming (24 نيسان / أبريل 2020)',
    regex: new RegExp(
      `${START}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?[\\s\\-/]*(?:de\\s+|of\\s+)?(${MONTH_ALTERNATION})(?:\\s*/\\s*(?:${MONTH_ALTERNATION}))?\\.?,?[\\s\\-/]*(?:de\\s+|del\\s+)?(\\d{4})${END}`,
      'giu',
    ),
    parts: (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  },
  {
    id: 'month-name-day-year',
    reason: 'month name before the day (February 15, 2022; Feb. 15 2022), the US English order',
    regex: new RegExp(`${START}(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${END}`, 'giu'),
    parts: (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  },
  {
    id: 'cjk-year-month-day',
    reason: 'Chinese/Japanese 2022年2月15日 and Korean 2022년 2월 15일',
    regex: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
    parts: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
];

/** Every date found in `text`, in order of position; overlapping matches keep the earliest pattern. */
export function findDates(text: string, hints: DateHints): FoundDate[] {
  const source = asciiDigits(text);
  const found: FoundDate[] = [];
  for (const pattern of DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(source); m !== null; m = pattern.regex.exec(source)) {
      const parts = pattern.parts(m, hints);
      const iso = parts === null ? null : isoDay(parts[0], parts[1], parts[2]);
      const end = m.index + m[0].length;
      if (iso === null || found.some((f) => f.index < end && m !== null && m.index < f.end)) continue;
      found.push({ iso, index: m.index, end, pattern: pattern.id });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in a short value such as a `content` or `datetime` attribute, or null. */
export function parseDateValue(value: string, hints: DateHints): string | null {
  return findDates(value.slice(0, 200), hints)[0]?.iso ?? null;
}

/** True when a machine date-time is written in UTC (`Z`, `+00:00`, `GMT`, `UTC`) with a time of day. */
export function isUtcStamp(raw: string | null): boolean {
  return raw !== null && /\d{1,2}:\d{2}(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)(?![\p{L}])/iu.test(raw);
}
