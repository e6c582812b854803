/**
 * Finds the headline of a plain-text article: the first line before the prose starts that is shaped
 * like a title (a few words, not a sentence, not a caption or furniture). Pages often repeat the
 * headline (the HTML <title> with the site name, then the on-page heading), so the title's variants
 * are returned as keys for removing the copies.
 */
import { paragraphKey } from '../repeated-paragraphs.ts';
import { initialClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';
import { THRESHOLDS } from './thresholds.ts';

/** Separators between a headline and the site name in page titles ("Headline - Site", "Headline | Site"). */
const SITE_SEPARATOR_ALL = /\s+[-|–—·•]{1,2}\s+/gu;
/** A credit or caption marker: such a line is a photo caption, not a headline. */
const CAPTION_MARKER = /\b(?:photo|image|picture|credit|file photo|foto)s?\s*(?:credit\s*)?:|\((?:photo|image|file)\b/iu;

export interface FoundTitle {
  /** Index of the headline line. */
  readonly index: number;
  /** The headline, without a trailing site name when the page repeats it without one. */
  readonly title: string;
  /** Comparison keys (paragraphKey) of lines that are copies of the headline. */
  readonly keys: ReadonlySet<string>;
}

/** Words in the longest part of a line split at site separators: "Home | World" has one. */
function longestSegmentWords(text: string): number {
  return Math.max(...text.split(SITE_SEPARATOR_ALL).map((part) => part.split(/\s+/u).filter(Boolean).length));
}

/** True when a line is shaped like a headline (a menu row such as "Home | World" is not). */
export function titleShaped(line: LineFeatures): boolean {
  return (
    line.boilerplate === null &&
    longestSegmentWords(line.text) >= THRESHOLDS.minTitleWords.value &&
    line.words <= THRESHOLDS.maxTitleWords.value &&
    !/[.,;:]$/u.test(line.text) &&
    !CAPTION_MARKER.test(line.text)
  );
}

/** The headline and the keys of its copies, or null when the text opens straight with prose. */
export function findTitle(lines: readonly LineFeatures[]): FoundTitle | null {
  let index = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || initialClass(line) === 'good') break;
    if (titleShaped(line)) {
      index = i;
      break;
    }
  }
  const line = lines[index];
  if (line === undefined) return null;
  const keys = new Set([paragraphKey(line.text)]);
  let title = line.text;
  const separators = [...line.text.matchAll(SITE_SEPARATOR_ALL)];
  const last = separators[separators.length - 1];
  if (last !== undefined && last.index > 0) {
    // "Headline - Site": the headline without the site name is a variant; when the page repeats it
    // on its own, that is the clean headline.
    const head = line.text.slice(0, last.index);
    const headKey = paragraphKey(head);
    keys.add(headKey);
    if (lines.slice(index + 1).some((l) => paragraphKey(l.text) === headKey)) title = head;
  }
  return { index, title, keys };
}
