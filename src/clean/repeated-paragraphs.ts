/**
 * Keeps one copy of each repeated paragraph or photo caption. Scraped pages often carry a caption
 * two or three times (the image's alt text, the figcaption, a lightbox copy) and sometimes a whole
 * paragraph twice; the reader needs it once. Shared by the HTML and plain-text cleaners, so it knows
 * nothing about either.
 */
import type { RemovedText } from '../core/analysis.ts';

/** Rule id recorded for every copy dropped here. */
export const REPEATED_PARAGRAPH_RULE = 'clean/repeated-paragraph';

/**
 * Copies that agree on this many leading characters (after typographic normalisation) are one
 * family, kept once: captions are re-emitted with a different credit or a trailing "(File photo)",
 * and the annotation guidelines (shared/eval/GUIDELINES.md, dev gold notes) treat such variants as one.
 */
export const FAMILY_PREFIX_CHARS = 60;

/**
 * Paragraphs with fewer letters or digits than this are never de-duplicated: a repeated "Reuters",
 * "1." or "***" is a label or separator whose copies are each in place, not a duplicated text.
 */
export const MIN_DEDUP_CHARS = 12;

/** Every quote mark, single or double, straight or curly: copies often differ in quote style alone. */
const QUOTES = /['"\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/**
 * The comparison key of a paragraph: case folded, curly quotes and dashes made plain, whitespace
 * collapsed, so copies that differ only typographically compare equal.
 */
export function paragraphKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(QUOTES, '"').replace(DASHES, '-').replace(SPACES, ' ').trim();
}

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

function alnumCount(text: string): number {
  return text.replace(NOT_ALNUM, '').length;
}

const QUOTE_CHAR = new RegExp(`^${QUOTES.source}$`, 'u');
const DASH_CHAR = new RegExp(`^${DASHES.source}$`, 'u');
const SPACE_CHAR = /^[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]$/u;

/** paragraphKey one character at a time, without collapsing spaces, so positions stay aligned with the input. */
function alignedKey(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SPACE_CHAR.test(ch)) out += ' ';
    else if (QUOTE_CHAR.test(ch)) out += '"';
    else if (DASH_CHAR.test(ch)) out += '-';
    else {
      const lower = ch.toLowerCase();
      // A character whose lower case is longer (Turkish dotted I) keeps its own units.
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

/**
 * When a line holds its text twice in a row ("A caption. Photo: AFP A caption. Photo: AFP"),
 * returns the length of the first copy, else null. The second copy is recognised by the line's
 * opening (its first {@link FAMILY_PREFIX_CHARS} characters, or half the line when shorter)
 * recurring after a space, the same family rule as between paragraphs.
 */
export function doubledLength(paragraph: string): number | null {
  const text = paragraph.trim();
  if (alnumCount(text) < 2 * MIN_DEDUP_CHARS) return null;
  const key = alignedKey(text);
  const opening = key.slice(0, Math.min(FAMILY_PREFIX_CHARS, Math.floor(key.length / 2)));
  if (alnumCount(opening) < MIN_DEDUP_CHARS) return null;
  let at = key.indexOf(opening, opening.length);
  while (at !== -1 && key[at - 1] !== ' ') at = key.indexOf(opening, at + 1);
  return at === -1 ? null : text.slice(0, at).trimEnd().length;
}

function familyKeys(paragraph: string): string[] {
  const key = paragraphKey(paragraph);
  return key.length >= FAMILY_PREFIX_CHARS ? [key, `prefix:${key.slice(0, FAMILY_PREFIX_CHARS)}`] : [key];
}

/** Decides one paragraph at a time, remembering what it has seen: the streaming form of {@link removeRepeatedParagraphs}. */
export type RepeatFilter = (paragraph: string) => { kept: string | null; removed: RemovedText[] };

/** A fresh filter; feed it paragraphs in document order. */
export function createRepeatFilter(): RepeatFilter {
  const seen = new Set<string>();
  return (original) => {
    const removed: RemovedText[] = [];
    let paragraph = original;
    const half = doubledLength(paragraph);
    if (half !== null) {
      const trimmed = paragraph.trim();
      paragraph = trimmed.slice(0, half);
      removed.push({ text: trimmed.slice(half).trim(), reason: REPEATED_PARAGRAPH_RULE });
    }
    if (alnumCount(paragraph) < MIN_DEDUP_CHARS) return { kept: paragraph, removed };
    const keys = familyKeys(paragraph);
    if (keys.some((key) => seen.has(key))) {
      removed.push({ text: paragraph, reason: REPEATED_PARAGRAPH_RULE });
      return { kept: null, removed };
    }
    for (const key of keys) seen.add(key);
    return { kept: paragraph, removed };
  };
}

/**
 * Keeps the first copy of every repeated paragraph (equal up to quotes, dashes, whitespace and
 * case, or sharing their first {@link FAMILY_PREFIX_CHARS} characters) and collapses a paragraph
 * doubled inside one line. Every dropped copy is reported with reason `clean/repeated-paragraph`.
 * Runs in linear time over the paragraphs.
 */
export function removeRepeatedParagraphs(paragraphs: readonly string[]): {
  paragraphs: string[];
  removed: RemovedText[];
} {
  const filter = createRepeatFilter();
  const kept: string[] = [];
  const removed: RemovedText[] = [];
  for (const paragraph of paragraphs) {
    const result = filter(paragraph);
    if (result.kept !== null) kept.push(result.kept);
    removed.push(...result.removed);
  }
  return { paragraphs: kept, removed };
}
