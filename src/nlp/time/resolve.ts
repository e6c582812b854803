/**
 * Turns a Meaning into a TIMEX3 value against the article date (deictic expressions) or the last
 * date the text mentioned (anaphoric ones), following the TimeML 1.2.1 guidelines: granularity is
 * kept ("last month" = `2022-01`, not a day), and nothing is guessed when the anchor is missing.
 */
import type { TimeExpression } from '../../core/analysis.ts';
import type { Granularity, Meaning } from './meaning.ts';
import type { Tense } from './tense.ts';
import type { CalendarDate } from './calendar.ts';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, quarterOf } from './calendar.ts';
import { parsePeriod, type Period } from './period.ts';
import { yearFor, seasonYear } from './year-choice.ts';

export interface Anchors {
  /** The article date, or null when unknown. */
  readonly published: CalendarDate | null;
  /** The value of the last explicit DATE before this expression, or null. */
  readonly previous: string | null;
  readonly tense: Tense;
}

export interface Resolution {
  readonly value: string | null;
  readonly anchor: TimeExpression['anchor'];
}

const UNRESOLVED: Resolution = { value: null, anchor: 'unresolved' };
const MONTHS_PER: Readonly<Record<Granularity, number>> = { D: 0, W: 0, M: 1, Q: 3, Y: 12, DE: 120, CE: 1200 };
const RANK: Readonly<Record<Granularity, number>> = { D: 0, W: 1, M: 2, Q: 3, Y: 4, DE: 5, CE: 6 };

/** Writes `date` at a granularity: `2022-02-15`, `2022-W07`, `2022-02`, `2022-Q1`, `2022`, `202`, `20`. */
export function formatAt(date: CalendarDate, granularity: Granularity, suffix = ''): string {
  switch (granularity) {
    case 'D':
      return formatDay(date) + suffix;
    case 'W':
      return formatWeek(date) + (suffix === 'WE' ? '-WE' : '');
    case 'M':
      return formatMonth(date.year, date.month);
    case 'Q':
      return `${formatYear(date.year)}-Q${quarterOf(date.month)}`;
    case 'Y':
      return formatYear(date.year);
    case 'DE':
      return formatYear(date.year).slice(0, 3);
    case 'CE':
      return formatYear(date.year).slice(0, 2);
  }
}

function shiftDate(date: CalendarDate, unit: Granularity, amount: number): CalendarDate {
  if (unit === 'D') return addDays(date, amount);
  if (unit === 'W') return addDays(date, amount * 7);
  return addMonths(date, amount * MONTHS_PER[unit]);
}

function resolveShift(meaning: Extract<Meaning, { kind: 'shift' }>, anchors: Anchors): Resolution {
  let base: Period | null = null;
  let anchor: Resolution['anchor'] = 'published';
  if (meaning.anchoring !== 'deictic' && anchors.previous !== null) {
    base = parsePeriod(anchors.previous);
    const comparable = base !== null && (base.granularity === 'M' || base.granularity === 'Q') && Math.abs(meaning.amount) === 1;
    if (meaning.anchoring === 'comparative' && !comparable) base = null;
    // "the day before" after "in 1989" cannot count days from a year: fall back to the article date.
    if (meaning.anchoring === 'anaphoric' && base !== null && RANK[base.granularity] > RANK[meaning.unit]) base = null;
    if (base !== null) anchor = 'previous-date';
  }
  if (base === null) {
    if (anchors.published === null) return UNRESOLVED;
    base = { date: anchors.published, granularity: 'D' };
  }
  const shifted = shiftDate(base.date, meaning.unit, meaning.amount);
  let granularity = meaning.granularity;
  if (anchor === 'previous-date') {
    // "a year earlier" after "the third quarter" is that quarter a year back (TimeBank practice).
    const sameSpan = meaning.unit === 'Y' && meaning.amount !== 0 && RANK[base.granularity] < RANK.Y && base.granularity !== 'D';
    granularity = sameSpan || RANK[base.granularity] > RANK[granularity] ? base.granularity : granularity;
  }
  return { value: formatAt(shifted, granularity, granularity === 'D' ? meaning.suffix : ''), anchor };
}

function resolveWeekday(meaning: Extract<Meaning, { kind: 'weekday' }>, anchors: Anchors): Resolution {
  const previous = meaning.anaphoric && anchors.previous !== null ? parsePeriod(anchors.previous) : null;
  const ref = previous?.granularity === 'D' ? previous.date : anchors.published;
  const anchor = previous?.granularity === 'D' ? 'previous-date' : 'published';
  if (ref === null) return UNRESOLVED;
  const diff = meaning.weekday - isoWeekday(ref);
  let days: number;
  if (meaning.offset === 0) days = diff;
  else if (meaning.offset === -1) days = diff < 0 ? diff : diff - 7;
  else if (meaning.offset === 1) days = diff > 0 ? diff : diff + 7;
  // News names the article's own day by its weekday in either tense, so 0 is allowed both ways.
  else if (anchors.tense === 'future' && !meaning.possessive) days = diff >= 0 ? diff : diff + 7;
  else days = diff <= 0 ? diff : diff - 7;
  const day = addDays(ref, days);
  if (meaning.suffix === 'WE') return { value: formatAt(day, 'W', 'WE'), anchor };
  return { value: formatDay(day) + meaning.suffix, anchor };
}

function resolveDate(meaning: Extract<Meaning, { kind: 'date' }>, anchors: Anchors): Resolution {
  if (meaning.year !== null) {
    const date = { year: meaning.year, month: meaning.month, day: meaning.day ?? 1 };
    return { value: meaning.day === null ? formatMonth(date.year, date.month) : formatDay(date) + meaning.suffix, anchor: 'none' };
  }
  const ref = anchors.published;
  if (ref === null) return UNRESOLVED;
  const year = yearFor(meaning.month, ref, anchors.tense, meaning.offset);
  if (meaning.day === null) return { value: formatMonth(year, meaning.month), anchor: 'published' };
  return { value: formatDay({ year, month: meaning.month, day: meaning.day }) + meaning.suffix, anchor: 'published' };
}

function resolvePartOfYear(meaning: Extract<Meaning, { kind: 'part-of-year' }>, anchors: Anchors): Resolution {
  const ref = anchors.published;
  if (meaning.part !== null && meaning.year !== null)
    return { value: `${formatYear(meaning.year)}-${meaning.unit}${meaning.part}`, anchor: 'none' };
  if (ref === null) return UNRESOLVED;
  if (meaning.part === null) {
    if (meaning.offset === null && anchors.previous !== null && /^\d{4}-Q[1-4]$/.test(anchors.previous)) {
      return { value: anchors.previous, anchor: 'previous-date' };
    }
    const shifted = addMonths({ ...ref, day: 1 }, 3 * (meaning.offset ?? -1));
    return { value: formatAt(shifted, 'Q'), anchor: 'published' };
  }
  let year = ref.year + (meaning.offset ?? 0);
  const current = meaning.unit === 'Q' ? quarterOf(ref.month) : ref.month <= 6 ? 1 : 2;
  if (meaning.offset === null && anchors.tense === 'past' && meaning.part > current) year -= 1;
  return { value: `${formatYear(year)}-${meaning.unit}${meaning.part}`, anchor: 'published' };
}

/** Resolves one reading; values that need a missing anchor are null with anchor `unresolved`. */
export function resolve(meaning: Meaning, anchors: Anchors): Resolution {
  switch (meaning.kind) {
    case 'fixed':
      return { value: meaning.value, anchor: 'none' };
    case 'vague-direction': {
      const future = meaning.direction === 'future' || (meaning.direction === 'by-tense' && anchors.tense === 'future');
      return { value: future ? 'FUTURE_REF' : 'PAST_REF', anchor: 'none' };
    }
    case 'date':
      return resolveDate(meaning, anchors);
    case 'weekday':
      return resolveWeekday(meaning, anchors);
    case 'shift':
      return resolveShift(meaning, anchors);
    case 'season': {
      if (meaning.year !== null) return { value: `${formatYear(meaning.year)}-${meaning.season}`, anchor: 'none' };
      if (anchors.published === null) return UNRESOLVED;
      const year = seasonYear(meaning.season, anchors.published, anchors.tense, meaning.offset);
      return { value: `${formatYear(year)}-${meaning.season}`, anchor: 'published' };
    }
    case 'part-of-year':
      return resolvePartOfYear(meaning, anchors);
    case 'nth-weekday': {
      if (anchors.published === null) return UNRESOLVED;
      const year = yearFor(meaning.month, anchors.published, anchors.tense, meaning.offset);
      const first = { year, month: meaning.month, day: 1 };
      const day = 1 + ((meaning.weekday - isoWeekday(first) + 7) % 7) + 7 * (meaning.n - 1);
      return { value: formatDay({ year, month: meaning.month, day }), anchor: 'published' };
    }
  }
}
