/**
 * Dates written as words or names: spelled-out years of broadcast transcripts ("nineteen
 * ninety-six", "the year two thousand"), decades ("the nineties"), centuries ("the 20th
 * century" = TIMEX3 `19`) and fixed holidays ("Christmas Day", "Thanksgiving").
 */
import type { TimeRule } from './patterns.ts';
import { END, START, rx } from './patterns.ts';
import { parseAmount } from './lexicon.ts';

const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TWO_DIGITS = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNITS_WORDS}))?|${TEENS}|oh[- ](?:${UNITS_WORDS}))`;

const DECADES: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Holidays on a fixed day: [month, day]. Thanksgiving is computed (nth-weekday). */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['christmas', [12, 25]],
  ['christmas day', [12, 25]],
  ['christmas eve', [12, 24]],
  ["new year's day", [1, 1]],
  ["new year's eve", [12, 31]],
  ['independence day', [7, 4]],
  ['halloween', [10, 31]],
  ["valentine's day", [2, 14]],
  ['boxing day', [12, 26]],
  ['bastille day', [7, 14]],
]);

function spelledPair(raw: string): number | null {
  const word = raw.toLowerCase().replace(/^oh[- ]/, '');
  return parseAmount(word);
}

export const NAMED_RULES: readonly TimeRule[] = [
  {
    id: 'named/spelled-year',
    pattern: rx(`${START}(?:the\\s+year\\s+)?(?<century>nineteen|eighteen|twenty)\\s+(?<rest>${TWO_DIGITS})${END}`),
    reason: 'Transcripts spell years out: "nineteen ninety-six" is 1996 (DATE).',
    confidence: 0.85,
    read: (m) => {
      const century = m.groups?.century?.toLowerCase() === 'nineteen' ? 19 : m.groups?.century?.toLowerCase() === 'eighteen' ? 18 : 20;
      const rest = spelledPair(m.groups?.rest ?? '');
      if (rest === null || rest < 0 || rest > 99) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(century * 100 + rest) } };
    },
  },
  {
    id: 'named/two-thousand',
    pattern: rx(
      `${START}(?:the\\s+year\\s+)two\\s+thousand(?:\\s+(?:and\\s+)?(?<rest>${UNITS_WORDS}|${TEENS}|twenty(?:[- ](?:${UNITS_WORDS}))?))?${END}`,
    ),
    reason: '"the year two thousand" is 2000; the "the year" prefix keeps counts ("two thousand troops") out.',
    confidence: 0.85,
    read: (m) => {
      const rest = m.groups?.rest === undefined ? 0 : parseAmount(m.groups.rest.replace(/\s+/, '-'));
      return rest === null ? null : { type: 'DATE', meaning: { kind: 'fixed', value: String(2000 + rest) } };
    },
  },
  {
    id: 'named/decade-word',
    pattern: rx(
      `${START}the\\s+(?:(?<century>nineteen|eighteen)\\s+)?(?<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|${START}the\\s+['’](?<digit>\\d)0s${END}`,
    ),
    reason: '"the nineties", "the \'80s" name a decade of the 1900s unless another century is said (TIMEX3 "199").',
    confidence: 0.8,
    read: (m) => {
      const digit = m.groups?.digit ?? String(DECADES[(m.groups?.decade ?? '').toLowerCase()] ?? '');
      if (digit === '') return null;
      const century = m.groups?.century?.toLowerCase() === 'eighteen' ? '18' : '19';
      return { type: 'DATE', meaning: { kind: 'fixed', value: `${century}${digit}` } };
    },
  },
  {
    id: 'named/century',
    pattern: rx(`${START}(?:the\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century${END}`),
    reason: 'The 20th century is the years 19xx: TIMEX3 writes it "19".',
    confidence: 0.85,
    read: (m) => {
      const n = Number(m.groups?.n);
      if (n < 1 || n > 21) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(n - 1).padStart(2, '0') } };
    },
  },
  {
    id: 'named/holiday',
    pattern: rx(
      `${START}(?:(?<rel>last|next|this)\\s+)?(?<name>christmas(?:\\s+(?:day|eve))?|new\\s+year['’]s\\s+(?:day|eve)|independence\\s+day|halloween|valentine['’]s\\s+day|boxing\\s+day|bastille\\s+day|thanksgiving(?:\\s+day)?)${END}`,
    ),
    reason: 'Holidays are DATEs; their year comes from the anchor and tense like a year-less date.',
    confidence: 0.85,
    read: (m) => {
      const name = (m.groups?.name ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
      if (!/^[A-Z]/.test(m.groups?.name ?? '')) return null;
      const rel = m.groups?.rel?.toLowerCase();
      const offset = rel === undefined ? null : rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      if (name.startsWith('thanksgiving')) return { type: 'DATE', meaning: { kind: 'nth-weekday', month: 11, weekday: 4, n: 4, offset } };
      const fixed = FIXED_HOLIDAYS.get(name);
      if (fixed === undefined) return null;
      return { type: 'DATE', meaning: { kind: 'date', year: null, month: fixed[0], day: fixed[1], suffix: '', offset } };
    },
  },
];
