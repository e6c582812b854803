/**
 * Durations (TIMEX3 DURATION, value `P<n><unit>` or `PT<n><unit>` for clock units, `X` for a vague
 * count): "three-day exercises", "two years", "the past two months", "several weeks", "for months".
 * TimeML 1.2.1 guidelines 2.2: a duration's extent includes "the past/next/first" but not "for".
 */
import type { Reading, TimeRule } from './patterns.ts';
import { END, NUMBER, START, UNIT, VAGUE, isCapitalised, rx, unitKey } from './patterns.ts';
import { UNITS, parseAmount } from './lexicon.ts';
import { wordAfter, wordBefore } from './context.ts';

/** Half of each unit in the next smaller one: [amount, unit code, is a clock unit]. */
const HALF_UNITS: Readonly<Record<string, readonly [number, string, boolean]>> = {
  Y: [6, 'M', false],
  D: [12, 'H', true],
  H: [30, 'M', true],
  M: [30, 'S', true],
  W: [84, 'H', true],
};

/** Writes a TIMEX3 duration value; `amount` null means vague (X). */
export function durationValue(amount: number | null, unitRaw: string): string | null {
  const key = unitKey(unitRaw);
  const unit = UNITS.get(key);
  if (unit === undefined || unit.code === 'WE') return null;
  const count = amount !== null && key === 'fortnight' ? amount * 2 : amount;
  if (count !== null && !Number.isInteger(count)) {
    // TIMEX3 writes "2 1/2 years" as P2Y6M: the half goes to the next smaller unit.
    const half = HALF_UNITS[unit.code];
    const whole = Math.floor(count);
    if (half !== undefined && count - whole === 0.5) {
      const [n, code, clock] = half;
      const head = whole > 0 ? `${whole}${unit.code}` : '';
      if (unit.clock) return `PT${head}${n}${code}`;
      return clock ? `P${head}T${n}${code}` : `P${head}${n}${code}`;
    }
  }
  const n = count === null ? 'X' : String(count);
  return unit.clock ? `PT${n}${unit.code}` : `P${n}${unit.code}`;
}

function reading(amount: number | null, unitRaw: string): Reading | null {
  const value = durationValue(amount, unitRaw);
  return value === null ? null : { type: 'DURATION', meaning: { kind: 'fixed', value } };
}

const ONE_DAY_CUES: ReadonlySet<string> = new Set([
  'for',
  'in',
  'within',
  'after',
  'than',
  'just',
  'only',
  'of',
  'over',
  'first',
  'past',
  'last',
  'next',
]);

/** Approximators TimeBank keeps inside the extent ("nearly two years", "at least the past 18 months"). */
export const APPROX =
  '(?:(?:nearly|almost|about|around|roughly|approximately|at\\s+least|more\\s+than|less\\s+than|no\\s+more\\s+than|fewer\\s+than|just|only)\\s+)';

const PRE =
  '(?:the\\s+(?:(?:past|last|next|coming|first|previous|following|final|remaining|initial|latest|same)\\s+)?|(?:past|last|next|first|coming|another|over)\\s+)';

export const DURATION_RULES: readonly TimeRule[] = [
  {
    id: 'duration/hyphenated',
    pattern: rx(
      `${START}(?<n>${NUMBER}|\\d+)[-‐](?<unit>second|minute|hour|day|night|week|month|year|decade|century)(?:[-‐]long)?${END}(?![-‐]old)`,
    ),
    reason:
      'A hyphenated measure used as an adjective ("three-day exercises", "a 30-year low") is a DURATION; ages ("6-year-old") are not tagged in TimeBank.',
    confidence: 0.85,
    read: (m) => reading(parseAmount(m.groups?.n ?? ''), m.groups?.unit ?? ''),
  },
  {
    id: 'duration/count',
    pattern: rx(
      `${START}${APPROX}?${PRE}?(?<n>${NUMBER}|an?)\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+)?(?<unit>${UNIT})(?:\\s+or\\s+so)?${END}`,
    ),
    reason: 'A count of units ("two years", "the past two months", "an hour") is a DURATION.',
    confidence: 0.85,
    read: (m, text) => {
      const unitRaw = m.groups?.unit ?? '';
      const nRaw = (m.groups?.n ?? '').toLowerCase();
      const key = unitKey(unitRaw);
      const after = wordAfter(text, m.index + m[0].length).toLowerCase();
      // "a second round", "a quarter of the vote", "one day he will": not measures of time.
      if ((nRaw === 'a' || nRaw === 'an') && (key === 'second' || key === 'quarter')) return null;
      if (key === 'quarter' && after === 'of') return null;
      if (key === 'weekend' || after === 'old') return null;
      // "60 Minutes", "Two Days in Kyiv": a title, not a measure.
      if (isCapitalised(unitRaw)) return null;
      const amount = parseAmount(nRaw);
      // "the 1988 quarter" names a period of a year, it does not count 1988 quarters.
      if (amount !== null && amount >= 1500 && amount < 2100 && Number.isInteger(amount)) return null;
      // "One day he will..." is a vague date, not a measure; "for one day" is.
      if (nRaw === 'one' && key === 'day' && !ONE_DAY_CUES.has(wordBefore(text, m.index))) return null;
      return reading(amount, unitRaw);
    },
  },
  {
    id: 'duration/vague-count',
    pattern: rx(`${START}${PRE}?(?:${VAGUE})\\s+(?:more\\s+)?(?<unit>${UNIT})${END}`),
    reason: 'A vague count ("several weeks", "the past few days") is a DURATION with X for the number (not 7, as chrono reads "several").',
    confidence: 0.8,
    read: (m) => {
      if (unitKey(m.groups?.unit ?? '') === 'weekend') return null;
      return reading(null, m.groups?.unit ?? '');
    },
  },
  {
    id: 'duration/bare-plural',
    pattern: rx(
      `(?<=${START}(?:for|over|in|within|take|takes|took|taking|lasted|last|lasting|spent|spend|after)\\s+)(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)${END}`,
    ),
    reason: '"for months", "in years": a plural unit with no count is a vague DURATION (PXM).',
    confidence: 0.7,
    read: (m, text) => {
      const after = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (['ago', 'earlier', 'later', 'of', 'old'].includes(after)) return null;
      return reading(null, m.groups?.unit ?? '');
    },
  },
];
