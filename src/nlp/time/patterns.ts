/**
 * The rule record shared by every rule table, and the regex fragments the tables are written in.
 * Fragments are generated from lexicon.ts so a word list is edited in one place. All rules are
 * compiled with the `giu` flags: case is checked in code where it matters (month and weekday
 * names must be capitalised, TimeML tags "May" the month, not "may" the modal).
 */
import type { TimexType } from '../../core/analysis.ts';
import type { Meaning } from './meaning.ts';
import { MONTHS, NUMBER_WORDS, ORDINALS, UNITS, VAGUE_AMOUNTS, WEEKDAYS } from './lexicon.ts';

/** What a rule reads from one match; null rejects the match (a refiner inside the rule). */
export interface Reading {
  readonly type: TimexType;
  readonly meaning: Meaning;
}

/** A data record: one pattern, why it is a time expression, and how to read a match. */
export interface TimeRule {
  /** `<table>/<name>`, reported in `TimeExpression.rule`. */
  readonly id: string;
  /** Compiled with `giu`; the whole match is the TIMEX3 extent. */
  readonly pattern: RegExp;
  /** Why this is (or is not) a TIMEX, with the guideline it follows. */
  readonly reason: string;
  readonly confidence: number;
  readonly read: (match: RegExpExecArray, text: string) => Reading | null;
}

const byLength = (a: string, b: string): number => b.length - a.length;

/** Letters and digits only: the edges of a word, Unicode aware. */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

const FULL_MONTHS = [...MONTHS.keys()].filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const SHORT_MONTHS = [...MONTHS.keys()].filter((m) => !FULL_MONTHS.includes(m));
/** A month name, full or abbreviated with an optional dot ("Feb.", "Sept"). */
export const MONTH = `(?:(?:${FULL_MONTHS.sort(byLength).join('|')})|(?:${SHORT_MONTHS.sort(byLength).join('|')})\\.?)${END}`;

/** Full weekday names and dotted news abbreviations ("Tues."); bare "Sun"/"Sat"/"Wed" are words. */
export const WEEKDAY = `(?:${[...WEEKDAYS.keys()].filter((w) => w.endsWith('day')).join('|')}|(?:mon|tues|tue|wed|thurs|thu|fri|sat|sun)\\.)`;

/** A day of the month, optionally ordinal ("14", "14th"). */
export const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)';

/** A four-digit year a news text would mention (1500-2099). */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)';

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL = [...NUMBER_WORDS.keys()].filter((w) => !w.includes(' ') && w !== 'a' && w !== 'an' && !TENS.includes(w));
/** A count in digits or words ("24", "twenty-four", "two", "a couple of"). */
export const NUMBER = `(?:\\d+\\s+1/2|\\d+(?:\\.\\d+)?|(?:${TENS.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|a dozen|half an?|${SMALL.sort(byLength).join('|')})`;

/** A count including the article ("a year ago", "an hour"). */
export const COUNT = `(?:${NUMBER}|an?)`;

/** Vague counts, written `X` in TIMEX3 values. */
export const VAGUE = `(?:${[...VAGUE_AMOUNTS].join('|')})`;

/** A calendar or clock unit, singular or plural. */
export const UNIT = `(?:${[...UNITS.keys()].sort(byLength).join('|')})s?`;

export const ORDINAL = `(?:${[...ORDINALS.keys()].sort(byLength).join('|')})`;

/** Normalises a unit word ("Weeks", "centuries") to its UNITS key. */
export function unitKey(raw: string): string {
  const word = raw.toLowerCase();
  if (UNITS.has(word)) return word;
  if (word === 'centuries') return 'centurie';
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Month number of a month token, or null. */
export function monthNumber(raw: string): number | null {
  return MONTHS.get(raw.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Weekday number of a weekday token, or null. */
export function weekdayNumber(raw: string): number | null {
  return WEEKDAYS.get(raw.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** True when the first letter is upper case: proper names of months and weekdays. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Compiles a rule pattern from fragments. */
export function rx(source: string): RegExp {
  return new RegExp(source, 'giu');
}
