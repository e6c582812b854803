/**
 * Vague references and recurring times. TimeML 1.2.1 guidelines 2.2: "now"/"currently" are DATEs
 * valued PRESENT_REF, "recently"/"the past" PAST_REF, "soon"/"the future" FUTURE_REF; "every
 * year"/"weekly" are SETs with a period value (`P1Y`) or a weekday pattern (`XXXX-WXX-1`).
 */
import type { Reading, TimeRule } from './patterns.ts';
import { END, NUMBER, START, UNIT, WEEKDAY, isCapitalised, rx, unitKey, weekdayNumber } from './patterns.ts';
import { parseAmount } from './lexicon.ts';
import { charBefore, wordAfter, wordBefore } from './context.ts';
import { durationValue } from './rules-duration.ts';

function ref(value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'): Reading {
  return { type: 'DATE', meaning: { kind: 'fixed', value } };
}

function set(value: string | null): Reading | null {
  return value === null ? null : { type: 'SET', meaning: { kind: 'fixed', value } };
}

/** Words before "a year"/"per week" that make it a rate ("$5 million a year", "twice a week"). */
const RATE_CUE =
  /^(?:\d[\d.,]*%?|million|billion|trillion|thousand|hundred|times|once|twice|thrice|percent|cents?|dollars|pounds|euros|rubles|barrels|tons|tonnes|people|miles|hours|days|shifts|visits)$/;

/** Set adverbs and their period values. */
const SET_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  yearly: 'P1Y',
  hourly: 'PT1H',
};

export const VAGUE_RULES: readonly TimeRule[] = [
  {
    id: 'vague/present',
    pattern: rx(
      `${START}(?:right\\s+now|now|currently|presently|at\\s+present|nowadays|these\\s+days|at\\s+the\\s+moment|to\\s+this\\s+day|the\\s+present|current)${END}`,
    ),
    reason: 'The present as a vague reference: PRESENT_REF. "current account"/"electric current" are not times.',
    confidence: 0.75,
    read: (m, text) => {
      const word = m[0].toLowerCase();
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (
        word === 'current' &&
        (/^(?:accounts?|affairs|events|issue|edition|president|leader|leaders|government|minister|form|sea|river|price|prices|rate|rates|flows?)$/.test(
          next,
        ) ||
          wordBefore(text, m.index) === 'electric')
      )
        return null;
      if (word === 'the present' && /^(?:day|time)$/.test(next)) return null;
      return ref('PRESENT_REF');
    },
  },
  {
    id: 'vague/past',
    pattern: rx(
      `${START}(?:recently|lately|the\\s+past|(?:recent|past)\\s+(?:${UNIT}\\s+and\\s+${UNIT}|years)|(?:a\\s+while|some\\s+time|long)\\s+ago)${END}`,
    ),
    reason:
      'The past as a vague reference ("recently", "in the past", "in recent days and weeks"): PAST_REF. "previously", "formerly" and the adjective "recent" are left untagged, as TimeBank mostly leaves them.',
    confidence: 0.7,
    read: (m, text) => {
      const word = m[0].toLowerCase();
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      // "the past two months" / "the past few days" are durations (rules-duration.ts).
      if (
        word.startsWith('the') &&
        (parseAmount(next) !== null || /^(?:few|several|year|month|week|decade|day|days|weeks|months|years|decades)$/.test(next))
      )
        return null;
      return ref('PAST_REF');
    },
  },
  {
    id: 'vague/recent-units',
    pattern: rx(`${START}recent\\s+(?<unit>days|weeks|months|quarters|decades)${END}(?!\\s+and\\s)`),
    reason:
      '"in recent weeks" measures a stretch up to now: a vague DURATION (PXW), as TimeBank tags it; "recent years" is PAST_REF (vague/past).',
    confidence: 0.7,
    read: (m) => {
      const value = durationValue(null, m.groups?.unit ?? '');
      return value === null ? null : { type: 'DURATION', meaning: { kind: 'fixed', value } };
    },
  },
  {
    id: 'vague/future',
    pattern: rx(
      `${START}(?:soon|the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+)?future|(?:the\\s+)?(?:coming|next\\s+few)\\s+(?:days|weeks|months|years|quarters)|the\\s+(?:days|weeks|months)\\s+ahead)${END}`,
    ),
    reason: 'The future as a vague reference ("soon", "in the future", "in the coming weeks"): FUTURE_REF; "as soon as" is a conjunction.',
    confidence: 0.7,
    read: (m, text) => {
      const word = m[0].toLowerCase();
      const prev = wordBefore(text, m.index);
      const next = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (word === 'soon' && (prev === 'as' || next === 'after' || next === 'afterwards')) return null;
      if (word === 'soon' && prev === 'too') return null;
      return ref('FUTURE_REF');
    },
  },
  {
    id: 'set/every',
    pattern: rx(`${START}(?:every|each)\\s+(?:(?<n>other|${NUMBER})\\s+)?(?:(?<wd>${WEEKDAY})|(?<unit>${UNIT}))${END}`),
    reason: '"every year", "each Monday", "every two weeks" recur: SET with a period or weekday value.',
    confidence: 0.85,
    read: (m) => {
      if (m.groups?.wd !== undefined) {
        const weekday = weekdayNumber(m.groups.wd);
        return weekday === null ? null : set(`XXXX-WXX-${weekday}`);
      }
      const nRaw = m.groups?.n;
      const amount = nRaw === undefined ? 1 : nRaw.toLowerCase() === 'other' ? 2 : parseAmount(nRaw);
      return set(durationValue(amount, m.groups?.unit ?? ''));
    },
  },
  {
    id: 'set/adverb',
    pattern: rx(`${START}(?<word>${Object.keys(SET_ADVERBS).join('|')})${END}`),
    reason:
      'Frequency adverbs and adjectives ("daily", "weekly") are SETs; "Daily Mail" is a title. "quarterly dividend"/"annually" are left out: TimeBank rarely tags them.',
    confidence: 0.75,
    read: (m, text) => {
      const next = wordAfter(text, m.index + m[0].length);
      if (isCapitalised(m[0]) && isCapitalised(next)) return null;
      return set(SET_ADVERBS[(m.groups?.word ?? '').toLowerCase()] ?? null);
    },
  },
  {
    id: 'set/rate',
    pattern: rx(
      `${START}(?:(?:once|twice|thrice|${NUMBER}\\s+times)\\s+)?(?:a|an|per)\\s+(?<unit>day|week|month|year|hour|minute|quarter)${END}`,
    ),
    reason: 'A rate ("$5 million a year", "twice a week", "per day") is a SET, not a one-year duration.',
    confidence: 0.9,
    read: (m, text) => {
      const hasFrequency = !/^(?:a|an|per)\s/i.test(m[0]);
      const prev = wordBefore(text, m.index);
      const perWord = /^per\s/i.test(m[0]);
      if (!hasFrequency && !perWord && !RATE_CUE.test(prev) && charBefore(text, m.index) !== '%') return null;
      return set(durationValue(1, unitKey(m.groups?.unit ?? '')));
    },
  },
];
