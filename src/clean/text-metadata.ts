/**
 * Metadata printed in scraped plain text: the byline ("By Ieva Kalnina"), the publication line
 * ("Published 22 November 2021, 11:10 EET", or a bare "April 02, 2022" under the headline) and the
 * outlet (a wire dateline "MOSCOW, Feb 15 (Meridian Wire) -", or a copyright footer). Only the top
 * of the text is searched for dates and bylines, because dates further down are story dates, and
 * "Updated …" lines are ignored: a modified date is not the publication date, and unknown beats wrong.
 */
import { calendarDate } from './text-dates.ts';

/** Lines searched for the byline and the publication line (headline, dek, byline, date, share bar). */
export const TOP_LINES = 15;
/** Lines searched from the end for a copyright footer. */
export const BOTTOM_LINES = 12;

export interface TextMetadata {
  readonly byline: string | null;
  readonly published: string | null;
  readonly source: string | null;
}

interface LineRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

const BYLINE_RULES: readonly LineRule[] = [
  {
    id: 'byline/by-line',
    pattern: /^By\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){0,5})\s*$/u,
    reason: 'A line that is only "By" and capitalised names is how news sites print the author.',
  },
];

const PUBLISHED_RULES: readonly LineRule[] = [
  {
    id: 'published/label',
    pattern: /^(?:Published|Posted|First published)(?:\s+on)?:?\s+(.{6,40}?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?$/i,
    reason: 'An explicit "Published …" label states the publication date.',
  },
  {
    id: 'published/date-line',
    pattern: /^((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?[\p{L}\d][\p{L}\d ,.]{5,30}?)(?:,?\s+\d{1,2}[:.]\d{2}.*)?$/u,
    reason: 'A line holding nothing but a full date near the headline is the publication date.',
  },
];

const SOURCE_RULES: readonly LineRule[] = [
  {
    id: 'source/dateline',
    pattern: /^[\p{Lu}][\p{Lu} .'’-]{1,30}(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*\(([^()]{2,40})\)\s*[-–—]/u,
    reason: 'Wire copy opens with "CITY, Mon DD (Agency) -"; the parenthesis names the agency.',
  },
  {
    id: 'source/copyright',
    pattern:
      /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:[-–]\d{4})?\s+)?([\p{Lu}][\p{L}\d&'’ .-]{1,50}?)(?:\s+\d{4})?(?:\.?\s+(?:All rights reserved|Registered in)\b.*|\.|,)?$/iu,
    reason: 'A copyright footer names the publisher.',
  },
];

/**
 * A publisher's legal name is not its masthead: "Baltic Ledger SIA" and "Northgate Herald Media Ltd"
 * are printed as "Baltic Ledger" and "Northgate Herald". Legal forms are dropped, and with one a
 * trailing corporate word.
 */
const LEGAL_FORM = /\s+(?:Ltd|Limited|LLC|Inc|SIA|GmbH|plc|AG|S\.A|SA|LLP|Co)\.?$/i;
const CORPORATE_WORD = /\s+(?:Media|Group|Holdings|Publishing|Publications|Company)$/i;

export function mastheadName(name: string): string {
  const withoutForm = name.replace(LEGAL_FORM, '');
  return withoutForm === name ? name : withoutForm.replace(CORPORATE_WORD, '');
}

function firstMatch(lines: readonly string[], rules: readonly LineRule[], accept: (value: string) => string | null): string | null {
  for (const line of lines) {
    for (const rule of rules) {
      const value = rule.pattern.exec(line)?.[1];
      const accepted = value === undefined ? null : accept(value.trim());
      if (accepted !== null) return accepted;
    }
  }
  return null;
}

export function extractTextMetadata(text: string): TextMetadata {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const top = lines.slice(0, TOP_LINES);
  const bottom = lines.slice(-BOTTOM_LINES).reverse();
  return {
    byline: firstMatch(top, BYLINE_RULES, (v) => v),
    published: firstMatch(top, PUBLISHED_RULES, calendarDate),
    source: firstMatch(top, SOURCE_RULES.slice(0, 1), (v) => v) ?? firstMatch(bottom, SOURCE_RULES.slice(1), mastheadName),
  };
}
