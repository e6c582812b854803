/**
 * Relative dates: deictic ones counted from the article date ("yesterday", "last month", "two days
 * ago", "Tuesday") and anaphoric ones counted from the last date mentioned ("the day before",
 * "five days later", "a year earlier"). TimeML 1.2.1 guidelines 2.2 (temporalFunction, anchorTimeID).
 */
import type { Reading, TimeRule } from './patterns.ts';
import { COUNT, END, START, UNIT, VAGUE, WEEKDAY, isCapitalised, rx, unitKey, weekdayNumber } from './patterns.ts';
import type { Anchoring, Granularity } from './meaning.ts';
import { PARTS_OF_DAY, UNITS, WEEKDAY_TITLE_WORDS, parseAmount } from './lexicon.ts';
import { wordAfter, wordBefore } from './context.ts';
import { APPROX } from './rules-duration.ts';

const POD = '(?:morning|afternoon|evening|night)';
const DAY_WORD_SHIFT: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

function podSuffix(raw: string | undefined): string {
  const code = raw === undefined ? undefined : PARTS_OF_DAY.get(raw.toLowerCase());
  return code === undefined ? '' : `T${code}`;
}

/** A unit word as a DATE granularity, or null for clock units and weekends. */
function granularity(unitRaw: string): Granularity | null {
  const unit = UNITS.get(unitKey(unitRaw));
  if (unit === undefined || unit.clock || unit.code === 'WE') return null;
  if (unitKey(unitRaw) === 'fortnight') return null;
  return unit.code as Granularity;
}

function dayShift(amount: number, suffix: string, anchoring: Anchoring): Reading {
  const type = suffix === '' ? 'DATE' : 'TIME';
  return { type, meaning: { kind: 'shift', unit: 'D', amount, granularity: 'D', anchoring, suffix } };
}

const REL: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  following: 1,
  next: 1,
  coming: 1,
};

/**
 * Largest count a "N units ago/later" shift accepts. News counts back decades, not millennia; a
 * larger number is a year or a quantity misread as a count ("2022 year ago" in broken text), and
 * shifting by it would leave the four-digit years TIMEX3 values are written in.
 */
export const MAX_SHIFT_COUNT = 1000;

export const RELATIVE_RULES: readonly TimeRule[] = [
  {
    id: 'relative/day-word',
    pattern: rx(`${START}(?<word>today|tonight|yesterday|tomorrow)(?:\\s+(?<pod>${POD}))?${END}`),
    reason: '"today" is a DATE equal to the article date (TimeML); with a part of day it is a TIME.',
    confidence: 0.95,
    read: (m) => {
      const word = (m.groups?.word ?? '').toLowerCase();
      const suffix = word === 'tonight' ? 'TNI' : podSuffix(m.groups?.pod);
      return dayShift(DAY_WORD_SHIFT[word] ?? 0, suffix, 'deictic');
    },
  },
  {
    id: 'relative/this-part-of-day',
    pattern: rx(`${START}(?:(?<rel>this|last)\\s+(?<pod>${POD})|overnight)${END}`),
    reason: '"this morning" is the article day\'s morning, "last night" the night before (TIME, TMO/TNI).',
    confidence: 0.85,
    read: (m) => {
      const rel = (m.groups?.rel ?? '').toLowerCase();
      const pod = (m.groups?.pod ?? 'night').toLowerCase();
      return dayShift(rel === 'last' && pod === 'night' ? -1 : 0, podSuffix(pod), 'deictic');
    },
  },
  {
    id: 'relative/this-unit',
    pattern: rx(
      `${START}(?:the\\s+)?(?<rel>this|last|next|past|previous|coming|current)\\s+(?:fiscal\\s+|calendar\\s+)?(?<unit>week|month|year|decade|century|weekend)${END}(?![-‐](?:old|long))`,
    ),
    reason: '"last month", "this week", "next year", "the past year": the unit containing the anchor, shifted (DATE at that granularity).',
    confidence: 0.9,
    read: (m) => {
      // "This Week With David Brinkley": a title-case programme name, not a date.
      if (isCapitalised(m.groups?.rel ?? '') && isCapitalised(m.groups?.unit ?? '')) return null;
      const amount = REL[(m.groups?.rel ?? '').toLowerCase()] ?? 0;
      const unit = (m.groups?.unit ?? '').toLowerCase();
      if (unit === 'weekend')
        return {
          type: 'DATE',
          meaning: { kind: 'weekday', weekday: 6, suffix: 'WE', offset: amount, possessive: false, anaphoric: false },
        };
      const g = granularity(unit);
      if (g === null) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit: g, amount, granularity: g, anchoring: 'deictic', suffix: '' } };
    },
  },
  {
    id: 'relative/count-ago',
    pattern: rx(
      `${START}${APPROX}?(?<n>${COUNT})\\s+(?<unit>${UNIT})\\s+(?<dir>ago|earlier|later|before(?=\\s*[,.;:)]|\\s*$)|after(?=\\s*[,.;:)]))${END}`,
    ),
    reason:
      '"two days ago" counts back from the article date; "five days later"/"a year earlier" from the last date mentioned (anaphoric). The value keeps the unit\'s granularity.',
    confidence: 0.9,
    read: (m) => {
      const amount = parseAmount(m.groups?.n ?? '');
      const unitRaw = m.groups?.unit ?? '';
      if (amount === null || !Number.isInteger(amount) || amount > MAX_SHIFT_COUNT) return null;
      const dir = (m.groups?.dir ?? '').toLowerCase();
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
      const anchoring = dir !== 'ago' ? 'anaphoric' : unitKey(unitRaw) === 'year' ? 'comparative' : 'deictic';
      const unit = UNITS.get(unitKey(unitRaw));
      if (unit?.clock === true) return unit.code === 'H' && amount >= 24 ? dayShift(sign * Math.floor(amount / 24), '', anchoring) : null;
      const g = granularity(unitRaw);
      if (g === null) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit: g, amount: sign * amount, granularity: g, anchoring, suffix: '' } };
    },
  },
  {
    id: 'relative/vague-ago',
    pattern: rx(`${START}(?:(?:${VAGUE})\\s+)?(?<unit>${UNIT})\\s+(?<dir>ago|earlier|later)${END}`),
    reason: 'A vague count before/after ("a few days ago", "weeks later") has no exact value: PAST_REF/FUTURE_REF.',
    confidence: 0.8,
    read: (m) => {
      const plural = /s$/i.test(m.groups?.unit ?? '');
      const hasCount = m[0].split(/\s+/).length > 2;
      if (!plural && !hasCount) return null;
      const dir = (m.groups?.dir ?? '').toLowerCase();
      return { type: 'DATE', meaning: { kind: 'vague-direction', direction: dir === 'later' ? 'by-tense' : 'past' } };
    },
  },
  {
    id: 'relative/the-unit-before',
    pattern: rx(
      `${START}the\\s+(?:(?<unit>day|week|month|year|night)\\s+(?<dir>before|after|earlier|later)|(?<rel>following|previous|preceding|next)\\s+(?<unit2>day|morning|week|month|year))${END}`,
    ),
    reason: '"the day before", "the following week" are anaphoric: one unit from the last date mentioned.',
    confidence: 0.8,
    read: (m, text) => {
      const dir = (m.groups?.dir ?? m.groups?.rel ?? '').toLowerCase();
      const unitRaw = (m.groups?.unit ?? m.groups?.unit2 ?? '').toLowerCase();
      // "the next year" is deictic in news ("the next year or so"), handled by relative/this-unit.
      if (dir === 'next' && unitRaw !== 'day' && unitRaw !== 'morning') return null;
      // "the day before the vote", "the day before returning": relative to an event, not a date.
      if ((dir === 'before' || dir === 'after') && /^\s*[\p{L}\p{N}]/u.test(text.slice(m.index + m[0].length))) return null;
      const sign = dir === 'before' || dir === 'earlier' || dir === 'previous' || dir === 'preceding' ? -1 : 1;
      if (unitRaw === 'morning') return dayShift(sign, 'TMO', 'anaphoric');
      const g = unitRaw === 'night' ? 'D' : granularity(unitRaw);
      if (g === null) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit: g, amount: sign, granularity: g, anchoring: 'anaphoric', suffix: '' } };
    },
  },
  {
    id: 'relative/the-year',
    pattern: rx(
      `(?<=${START}(?:for|in|during|throughout|through)\\s+)the\\s+(?:full\\s+|fiscal\\s+|current\\s+|whole\\s+|entire\\s+)?year${END}(?![-‐\\s]+(?:before|after|earlier|later|ago|in\\s+which|when|old|of|round))`,
    ),
    reason: '"for the year", "in the fiscal year": in business news the year being reported, i.e. the article\'s year (TimeBank DATE).',
    confidence: 0.6,
    read: (m, text) => {
      // "the year ended March 31" is a twelve-month reporting period: a DURATION.
      if (/^\s+(?:ended|ending)\b/i.test(text.slice(m.index + m[0].length)))
        return { type: 'DURATION', meaning: { kind: 'fixed', value: 'P1Y' } };
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'Y', amount: 0, granularity: 'Y', anchoring: 'deictic', suffix: '' } };
    },
  },
  {
    id: 'relative/year-end',
    pattern: rx(`${START}(?:year[- ]end|year['’]s\\s+end|the\\s+end\\s+of\\s+the\\s+(?<unit>year|month|week|quarter))${END}`),
    reason: '"by year-end", "the end of the month": the end of the article\'s current unit (DATE of that unit, mod END in TimeML).',
    confidence: 0.75,
    read: (m) => {
      const g = granularity(m.groups?.unit ?? 'year');
      if (g === null) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit: g, amount: 0, granularity: g, anchoring: 'deictic', suffix: '' } };
    },
  },
  {
    id: 'relative/that-unit',
    pattern: rx(`${START}(?:later\\s+|earlier\\s+)?that\\s+(?:same\\s+)?(?<unit>day|week|month|quarter|year)${END}`),
    reason: '"that year", "later that day" refer back to the period of the last date mentioned (anaphoric, no shift).',
    confidence: 0.75,
    read: (m) => {
      const g = granularity(m.groups?.unit ?? '');
      if (g === null) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit: g, amount: 0, granularity: g, anchoring: 'anaphoric', suffix: '' } };
    },
  },
  {
    id: 'relative/weekday',
    pattern: rx(
      `${START}(?:(?:the\\s+)?(?<rel>last|next|this|coming|past|previous|following)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<pod>${POD}))?${END}`,
    ),
    reason:
      'A weekday is the nearest such day before the article date in a past-tense clause, after it in a future one (resolve.ts). Titles ("Sunday Times", "Bloody Sunday") are not days.',
    confidence: 0.9,
    read: (m, text) => {
      const raw = m.groups?.wd ?? '';
      const weekday = weekdayNumber(raw);
      if (weekday === null || !isCapitalised(raw)) return null;
      const end = m.index + m[0].length;
      const next = wordAfter(text, end);
      if (m.groups?.pod === undefined && isCapitalised(next) && WEEKDAY_TITLE_WORDS.has(next.toLowerCase())) return null;
      if (['bloody', 'super', 'black', 'good', 'ash', 'palm', 'easter', 'holy'].includes(wordBefore(text, m.index))) return null;
      const rel = m.groups?.rel?.toLowerCase();
      const offset = rel === undefined ? null : (REL[rel] ?? 0);
      const suffix = podSuffix(m.groups?.pod);
      // "Wednesday's ruling", "Tuesday's remarks": a possessive weekday names something already done.
      const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end));
      return {
        type: suffix === '' ? 'DATE' : 'TIME',
        meaning: { kind: 'weekday', weekday, suffix, offset, possessive, anaphoric: rel === 'previous' || rel === 'following' },
      };
    },
  },
  {
    id: 'relative/the-weekend',
    pattern: rx(`${START}the\\s+weekend${END}`),
    reason: '"the weekend" is the nearest weekend, chosen by tense like a weekday (TIMEX3 YYYY-Www-WE).',
    confidence: 0.75,
    read: () => ({
      type: 'DATE',
      meaning: { kind: 'weekday', weekday: 6, suffix: 'WE', offset: null, possessive: false, anaphoric: false },
    }),
  },
  {
    id: 'relative/year-ago-adjective',
    pattern: rx(`${START}(?:the\\s+)?year[- ](?:earlier|ago)(?:\\s+(?:period|quarter|level|levels))?${END}`),
    reason: 'Earnings prose: "year-earlier"/"the year-ago period" is the period just mentioned, one year back (anaphoric).',
    confidence: 0.75,
    read: () => ({
      type: 'DATE',
      meaning: { kind: 'shift', unit: 'Y', amount: -1, granularity: 'Y', anchoring: 'comparative', suffix: '' },
    }),
  },
];
