/**
 * Parts of a year: seasons (TIMEX3 `2022-SU`), quarters (`2022-Q1`) and halves (`2022-H1`).
 * Financial news names quarters constantly ("the third quarter", "third-quarter profit", "the
 * latest quarter"); TimeBank tags them as DATEs with the determiner inside the extent.
 */
import type { TimeRule } from './patterns.ts';
import { END, ORDINAL, START, YEAR, rx } from './patterns.ts';
import { ORDINALS, SEASONS } from './lexicon.ts';
import { TEMPORAL_PREPOSITIONS, wordBefore } from './context.ts';

const REL_OFFSET: Readonly<Record<string, number>> = {
  last: -1,
  past: -1,
  previous: -1,
  latest: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

function relOffset(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const key = raw.toLowerCase().replace(/\s+year['’]s$/, '');
  return REL_OFFSET[key] ?? null;
}

/** "of 2021", "of this year", "of the year" after a quarter, half or season. */
const OF_YEAR = `(?:\\s+of\\s+(?:(?<year>${YEAR})|(?<yrel>this|last|next)\\s+year|the\\s+(?:current\\s+)?year))?`;

/** Words that put a bare season word in a calendar reading ("in spring", "since autumn"). */
const SEASON_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'during',
  'since',
  'until',
  'till',
  'by',
  'early',
  'late',
  'mid',
  'throughout',
  'through',
]);

export const PERIOD_RULES: readonly TimeRule[] = [
  {
    id: 'periods/season',
    pattern: rx(
      `${START}(?:the\\s+)?(?:(?<rel>last|next|this|past|coming)\\s+)?(?<season>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?${END}`,
    ),
    reason:
      'Seasons are DATEs (TIMEX3 SP/SU/FA/WI). "fall" and "spring" are also verbs and nouns, so a season needs a year, a modifier, or a temporal preposition before it.',
    confidence: 0.8,
    read: (m, text) => {
      const season = SEASONS.get((m.groups?.season ?? '').toLowerCase());
      if (season === undefined) return null;
      const rel = relOffset(m.groups?.rel);
      const year = m.groups?.year === undefined ? null : Number(m.groups.year);
      const hasThe = /^the\s/i.test(m[0]);
      const prev = wordBefore(text, m.index);
      if (rel === null && year === null && !(TEMPORAL_PREPOSITIONS.has(prev) && (hasThe || prev !== 'of'))) return null;
      // "to fall apart", "prices fall and rise": the verbs need "the" or a season preposition.
      if (rel === null && year === null && !hasThe && !SEASON_PREPOSITIONS.has(prev)) return null;
      return { type: 'DATE', meaning: { kind: 'season', season, year, offset: rel } };
    },
  },
  {
    id: 'periods/ordinal-quarter',
    pattern: rx(
      `${START}(?:the\\s+(?!${ORDINAL}[-‐](?:quarter|half)\\s+[a-z]))?(?:(?<rel>this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s)\\s+|(?<year0>${YEAR})\\s+)?(?:fiscal\\s+)?(?<ord>${ORDINAL})[- ](?:fiscal[- ])?(?:calendar[- ])?(?<unit>quarter|half)${OF_YEAR}${END}`,
    ),
    reason:
      'An ordinal quarter or half ("the third quarter", "first-half") is a DATE: YYYY-Qn / YYYY-Hn. In "the third-quarter results" the determiner belongs to the noun and stays out.',
    confidence: 0.9,
    read: (m) => {
      const part = ORDINALS.get((m.groups?.ord ?? '').toLowerCase()) ?? 0;
      const unit = (m.groups?.unit ?? '').toLowerCase() === 'half' ? 'H' : 'Q';
      if (part < 1 || part > (unit === 'Q' ? 4 : 2)) return null;
      const yearRaw = m.groups?.year ?? m.groups?.year0;
      const year = yearRaw === undefined ? null : Number(yearRaw);
      const offset = relOffset(m.groups?.rel) ?? relOffset(m.groups?.yrel);
      return { type: 'DATE', meaning: { kind: 'part-of-year', unit, part, year, offset } };
    },
  },
  {
    id: 'periods/q-number',
    pattern: rx(`${START}(?<unit>Q|H)(?<part>[1-4])(?:\\s+(?<year>${YEAR}))?${END}`),
    reason: 'Business shorthand "Q3 2021", "H1": quarter or half of the year.',
    confidence: 0.85,
    read: (m) => {
      const unit = (m.groups?.unit ?? '').toUpperCase() === 'H' ? 'H' : 'Q';
      const part = Number(m.groups?.part);
      if (!/^[QH]/.test(m[0]) || (unit === 'H' && part > 2)) return null;
      const year = m.groups?.year === undefined ? null : Number(m.groups.year);
      return { type: 'DATE', meaning: { kind: 'part-of-year', unit, part, year, offset: null } };
    },
  },
  {
    id: 'periods/relative-quarter',
    pattern: rx(
      `${START}(?:the\\s+)(?:(?<rel>latest|last|past|previous|current|next|coming|year-ago|year-earlier|same)\\s+)?(?:fiscal\\s+)?quarter${END}|${START}this\\s+quarter${END}|${START}the\\s+(?<rel2>latest|year-ago|year-earlier)\\s+period${END}(?!\\s+(?:of\\s+a|century|mile|point|percent|hour))`,
    ),
    reason:
      'Earnings reports say "the quarter"/"the latest quarter" for the last completed quarter before the article (TimeBank values them YYYY-Qn); "year-ago" is four quarters back.',
    confidence: 0.7,
    read: (m) => {
      const rel = (m.groups?.rel ?? m.groups?.rel2 ?? (/^this/i.test(m[0]) ? 'current' : '')).toLowerCase();
      if (rel === 'same') return null;
      // A bare "the quarter" (rel '') is resolved against the quarter last mentioned, if any.
      const offset =
        rel === ''
          ? null
          : rel === 'year-ago' || rel === 'year-earlier'
            ? -5
            : rel === 'current'
              ? 0
              : rel === 'next' || rel === 'coming'
                ? 1
                : -1;
      return { type: 'DATE', meaning: { kind: 'part-of-year', unit: 'Q', part: null, year: null, offset } };
    },
  },
];
