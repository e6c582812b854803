/**
 * Small readers of the words around a match, used by rules to accept or reject ambiguous tokens
 * (a bare "May", "fall", or a four-digit number that may be a count rather than a year).
 */

/** The word just before `index` (lower case, letters/digits/hyphen), or '' at the start. */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return (m?.[1] ?? '').toLowerCase();
}

/** The word just after `index`, case kept, or '' at the end. */
export function wordAfter(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40));
  return m?.[1] ?? '';
}

/** The first non-space character at or after `index`, or '' at the end. */
export function charAfter(text: string, index: number): string {
  const m = /^\s*(\S)/u.exec(text.slice(index, index + 20));
  return m?.[1] ?? '';
}

/** The last non-space character before `index`, or ''. */
export function charBefore(text: string, index: number): string {
  const m = /(\S)\s*$/u.exec(text.slice(Math.max(0, index - 20), index));
  return m?.[1] ?? '';
}

/**
 * Prepositions and modifiers that put a following month, season or year in a calendar reading
 * ("in May", "since 2014", "early spring"). Lexicon for the ambiguity refiners.
 */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'of',
  'during',
  'through',
  'throughout',
  'before',
  'after',
  'between',
  'and',
  'to',
  'early',
  'late',
  'mid',
  'mid-',
  'last',
  'next',
  'this',
  'that',
  'fiscal',
  'year',
  'past',
  'around',
  'about',
  'circa',
  'or',
  'as',
  'at',
  'for',
  'into',
  'within',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'end',
  'beginning',
  'start',
  'middle',
  'against',
  'over',
  'than',
  'year-earlier',
  'year-ago',
  'calendar',
  'later',
  'earlier',
  'unlike',
  'compared',
  'versus',
  'vs',
]);
