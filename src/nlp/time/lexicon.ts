/**
 * Word lists of English time grammar, written for Brink (not taken from any other tagger's
 * resources). Regex fragments are built from these lists in patterns.ts, so one edit here reaches
 * every rule. Values follow the TimeML 1.2.1 / TIMEX3 guidelines: season tokens SP/SU/FA/WI,
 * part-of-day tokens MO/AF/EV/NI, duration units D/W/M/Y/Q/DE/CE and H/M/S after `T`.
 */

/** Month names and their abbreviations (with or without the dot) to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/**
 * Month words that are also common English words ("may" the modal, "march" the verb/noun, "mar"
 * the verb): they count as months only with calendar context (a day number, a year, or a
 * time preposition/modifier), and only when capitalised.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec']);

/** Weekday names (and news abbreviations) to ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tues', 2],
  ['tue', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thurs', 4],
  ['thu', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
  ['sunday', 7],
  ['sun', 7],
]);

/** Small cardinal number words; larger amounts in news are written as digits. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['couple of', 2],
  ['a couple of', 2],
  ['half a', 0.5],
  ['a half', 0.5],
  ['dozen', 12],
  ['a dozen', 12],
]);

/**
 * Vague quantities: TIMEX3 writes an unknown count as `X` (`several weeks` = PXW), never a guess
 * (chrono reads "several" as 7).
 */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set([
  'several',
  'a few',
  'few',
  'some',
  'many',
  'a number of',
  'the next few',
  'the past few',
  'the last few',
  'a couple',
  'numerous',
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
]);

/** Calendar units: the TIMEX3 duration letter and whether the unit goes after `T` (clock units). */
export interface TimeUnit {
  readonly code: string;
  readonly clock: boolean;
}

export const UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', { code: 'S', clock: true }],
  ['minute', { code: 'M', clock: true }],
  ['hour', { code: 'H', clock: true }],
  ['day', { code: 'D', clock: false }],
  ['night', { code: 'D', clock: false }],
  ['week', { code: 'W', clock: false }],
  ['weekend', { code: 'WE', clock: false }],
  ['fortnight', { code: 'W', clock: false }],
  ['month', { code: 'M', clock: false }],
  ['quarter', { code: 'Q', clock: false }],
  ['year', { code: 'Y', clock: false }],
  ['decade', { code: 'DE', clock: false }],
  ['century', { code: 'CE', clock: false }],
  ['centurie', { code: 'CE', clock: false }],
]);

/** Seasons to TIMEX3 season tokens. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Parts of the day to TIMEX3 tokens; a weekday or "this/yesterday" plus one of these is a TIME. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

/**
 * Newspapers and other names that start with a weekday: "the Sunday Times" is a title, not a day.
 * A weekday followed by one of these capitalised words is rejected.
 */
export const WEEKDAY_TITLE_WORDS: ReadonlySet<string> = new Set([
  'times',
  'telegraph',
  'express',
  'mirror',
  'post',
  'herald',
  'mail',
  'world',
  'independent',
  'observer',
  'tribune',
  'star',
  'sport',
  'people',
  'night',
  'bloody',
  'school',
  'league',
  'club',
]);

/** Parses a number written in digits or as one of NUMBER_WORDS ("twenty-four" included). */
export function parseAmount(raw: string): number | null {
  const word = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const half = /^(\d+) 1\/2$/.exec(word);
  if (half) return Number(half[1]) + 0.5;
  const direct = NUMBER_WORDS.get(word);
  if (direct !== undefined) return direct;
  const compound = /^(\w+)[- ](\w+)$/.exec(word);
  if (compound) {
    const tens = NUMBER_WORDS.get(compound[1] ?? '');
    const ones = NUMBER_WORDS.get(compound[2] ?? '');
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return null;
}
