/**
 * Explicit calendar dates: month-day(-year) in both orders, month-year, ISO and numeric dates,
 * bare years, decades. TimeML 1.2.1 guidelines 2.2: the extent is the date phrase without the
 * preposition ("on", "in"); a year-less date takes its year from the anchor (resolve.ts).
 */
import type { Reading, TimeRule } from './patterns.ts';
import { DAY, END, MONTH, START, YEAR, isCapitalised, monthNumber, rx } from './patterns.ts';
import { AMBIGUOUS_MONTHS } from './lexicon.ts';
import { charAfter, charBefore, wordAfter, wordBefore, TEMPORAL_PREPOSITIONS } from './context.ts';
import { daysInMonth, formatMonth } from './calendar.ts';

const REL_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

function dayReading(monthRaw: string, dayRaw: string, yearRaw: string | undefined, relRaw?: string): Reading | null {
  const month = monthNumber(monthRaw);
  const day = Number.parseInt(dayRaw, 10);
  if (month === null || !isCapitalised(monthRaw) || day < 1 || day > 31) return null;
  const year = yearRaw === undefined ? null : Number(yearRaw);
  if (day > daysInMonth(year ?? 2000, month)) return null;
  const offset = relRaw === undefined ? null : (REL_OFFSET[relRaw.toLowerCase()] ?? null);
  return { type: 'DATE', meaning: { kind: 'date', year, month, day, suffix: '', offset } };
}

/**
 * Words after a four-digit number that show it is a count, not a year ("2,000 troops" has a comma
 * and never matches; "2000 troops" would). Any lower-case word not in YEAR_FOLLOWERS rejects.
 */
const YEAR_FOLLOWERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'to',
  'through',
  'when',
  'as',
  'after',
  'before',
  'but',
  'until',
  'with',
  'while',
  'in',
  'because',
  'where',
  'that',
  'the',
  'was',
  'is',
  'were',
  'had',
  'has',
  'have',
  'will',
  'would',
  'saw',
  'elections',
  'election',
  'season',
  'levels',
  'level',
  'figures',
  'budget',
  'census',
  'agreement',
  'accord',
  'accords',
  'war',
  'invasion',
  'revolution',
  'crisis',
  'protests',
  'deal',
  'period',
  'onwards',
  'onward',
  'since',
  'for',
  'at',
  'on',
  'by',
  'from',
  'of',
  'under',
  'compared',
  'versus',
  'vs',
  'against',
  'despite',
  'so',
  'than',
  'then',
  'already',
  'amid',
  'summit',
  'games',
  'olympics',
  'world',
  'annexation',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

function isLikelyYear(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  if (before === '$' || before === '#' || before === '£' || before === '€') return false;
  if (/[\d.,]$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  const after = text.slice(end, end + 2);
  if (/^(%|,\d|\.\d|\s?-?\s?(?:[a-z]+-)?(?:percent|per cent))/.test(after)) return false;
  const prev = wordBefore(text, start);
  if (prev === 'no' || prev === 'number' || prev === 'page' || prev === 'flight' || prev === 'route') return false;
  if (TEMPORAL_PREPOSITIONS.has(prev)) return true;
  // "the 1996 campaign", "its 1988 recapitalization": a year used as a modifier after a determiner.
  if (DETERMINERS.has(prev) || /['’]s$/.test(prev)) return true;
  const next = wordAfter(text, end);
  const nextChar = charAfter(text, end);
  if (next === '' || /^[^\p{L}\p{N}]/u.test(nextChar)) return true;
  if (isCapitalised(next)) return true;
  return YEAR_FOLLOWERS.has(next.toLowerCase());
}

export const CALENDAR_RULES: readonly TimeRule[] = [
  {
    id: 'calendar/month-day-year',
    pattern: rx(`${START}(?:(?<rel>last|next|this)\\s+)?(?<month>${MONTH})\\s*(?<day>${DAY})(?:,?\\s*(?<year>${YEAR}))?`),
    reason: 'US news order "February 14", "Feb. 14th, 2022", "last Oct. 23"; the year is optional (TIMEX3 DATE).',
    confidence: 0.95,
    read: (m) => dayReading(m.groups?.month ?? '', m.groups?.day ?? '', m.groups?.year, m.groups?.rel),
  },
  {
    id: 'calendar/day-month-year',
    pattern: rx(`${START}(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s*(?<year>${YEAR}))?`),
    reason: 'British/European order "14 February 2022", "14th of Feb" (TIMEX3 DATE).',
    confidence: 0.95,
    read: (m) => dayReading(m.groups?.month ?? '', m.groups?.day ?? '', m.groups?.year),
  },
  {
    id: 'calendar/month-year',
    pattern: rx(`${START}(?<month>${MONTH})(?:\\s+of)?,?\\s+(?<year>${YEAR})`),
    reason: 'A month of a given year, "December 2021": value at month granularity.',
    confidence: 0.95,
    read: (m) => {
      const raw = m.groups?.month ?? '';
      const month = monthNumber(raw);
      if (month === null || !isCapitalised(raw)) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: formatMonth(Number(m.groups?.year), month) } };
    },
  },
  {
    id: 'calendar/month-relative-year',
    pattern: rx(`${START}(?<month>${MONTH})(?:\\s*(?<day>${DAY}))?,?\\s+(?<rel>last|this|next)\\s+year${END}`),
    reason: '"July last year", "March 3 next year": the month in the year named relative to the anchor.',
    confidence: 0.9,
    read: (m) => {
      const raw = m.groups?.month ?? '';
      const month = monthNumber(raw);
      if (month === null || !isCapitalised(raw)) return null;
      const rel = (m.groups?.rel ?? '').toLowerCase();
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const day = m.groups?.day === undefined ? null : Number.parseInt(m.groups.day, 10);
      if (day !== null && (day < 1 || day > daysInMonth(2000, month))) return null;
      return { type: 'DATE', meaning: { kind: 'date', year: null, month, day, suffix: '', offset } };
    },
  },
  {
    id: 'calendar/iso-date',
    pattern: rx(`${START}(?<year>${YEAR})-(?<month>[01]\\d)-(?<day>[0-3]\\d)${END}`),
    reason: 'ISO 8601 calendar date as written in datelines and tables.',
    confidence: 0.98,
    read: (m) => {
      const month = Number(m.groups?.month);
      const day = Number(m.groups?.day);
      const year = Number(m.groups?.year);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      return { type: 'DATE', meaning: { kind: 'date', year, month, day, suffix: '', offset: null } };
    },
  },
  {
    id: 'calendar/numeric-date',
    pattern: rx(`${START}(?<a>[01]?\\d)/(?<b>[0-3]?\\d)(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])`),
    reason:
      'Slash dates, US month/day order unless the first number exceeds 12; without a year only after "on"/"since"/"by" (else fractions and scores match).',
    confidence: 0.8,
    read: (m, text) => {
      let month = Number(m.groups?.a);
      let day = Number(m.groups?.b);
      if (month > 12) [month, day] = [day, month];
      const yearRaw = m.groups?.year;
      let year: number | null = null;
      if (yearRaw !== undefined) year = yearRaw.length === 2 ? 2000 + Number(yearRaw) : Number(yearRaw);
      else if (!['on', 'since', 'by', 'until', 'from', 'dated'].includes(wordBefore(text, m.index))) return null;
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
      return { type: 'DATE', meaning: { kind: 'date', year, month, day, suffix: '', offset: null } };
    },
  },
  {
    id: 'calendar/fiscal-year',
    pattern: rx(`${START}(?:fiscal(?:\\s+year)?\\s+|FY\\s?)(?<year>${YEAR}|\\d\\d${END})`),
    reason: 'TimeBank tags "fiscal 1989" as one DATE valued by the year.',
    confidence: 0.9,
    read: (m) => {
      const raw = m.groups?.year ?? '';
      const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(year) } };
    },
  },
  {
    id: 'calendar/year',
    pattern: rx(`${START}(?<year>${YEAR})(?!['’]?s${END})(?![\\p{L}])`),
    reason:
      'A bare year is a DATE (TimeML); numbers that are counts ("2000 troops", "$1990", "1990%") are rejected by the words around them.',
    confidence: 0.8,
    read: (m, text) => {
      const start = m.index;
      if (!isLikelyYear(text, start, start + m[0].length)) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: m.groups?.year ?? '' } };
    },
  },
  {
    id: 'calendar/decade',
    pattern: rx(`${START}(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?<decade>1[5-9]\\d0|20\\d0)['’]?s${END}`),
    reason: 'A decade "the 1990s" is a DATE valued by its first three digits (TIMEX3 "199").',
    confidence: 0.9,
    read: (m) => ({ type: 'DATE', meaning: { kind: 'fixed', value: (m.groups?.decade ?? '').slice(0, 3) } }),
  },
  {
    id: 'calendar/month-alone',
    pattern: rx(`${START}(?:(?<rel>last|next|this|past|coming)\\s+)?(?<month>${MONTH})`),
    reason:
      'A month without a day: its year comes from the anchor and the tense. "May"/"March" are also a modal and a verb, so an ambiguous month needs a preposition or modifier before it.',
    confidence: 0.85,
    read: (m, text) => {
      const raw = m.groups?.month ?? '';
      const month = monthNumber(raw);
      if (month === null || !isCapitalised(raw)) return null;
      const rel = m.groups?.rel?.toLowerCase();
      const key = raw.toLowerCase().replace(/\.$/, '');
      if (rel === undefined && AMBIGUOUS_MONTHS.has(key) && !TEMPORAL_PREPOSITIONS.has(wordBefore(text, m.index))) return null;
      // "May Corp", "March Madness", "May Day": a name; an ambiguous month before a capitalised word is not a date.
      if (AMBIGUOUS_MONTHS.has(key) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length))) return null;
      const offset = rel === undefined ? null : rel === 'last' || rel === 'past' ? -1 : rel === 'this' ? 0 : 1;
      return { type: 'DATE', meaning: { kind: 'date', year: null, month, day: null, suffix: '', offset } };
    },
  },
];
