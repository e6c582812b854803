/**
 * Splits plain text into the units the classifier judges: one unit per non-blank line, because
 * scraped page text puts each block element (paragraph, menu item, caption) on its own line. Text
 * that was hard-wrapped (a paragraph broken at a fixed width) is joined back first, so a wrapped
 * paragraph is judged, and kept, as one.
 */
import { THRESHOLDS } from './thresholds.ts';

const ENDS_CLAUSE = /[.!?:;…。！？]["'\u201D\u2019\u00BB)\]]*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;

/**
 * True when `next` continues `line` mid-sentence: the line is long (a wrap, not a label), does not
 * end a sentence or clause, and the next line starts in lower case.
 */
export function continuesWrappedLine(line: string, next: string): boolean {
  return line.length >= THRESHOLDS.wrapMinChars.value && !ENDS_CLAUSE.test(line) && STARTS_LOWER.test(next);
}

/** Non-blank lines, trimmed, with hard-wrapped continuation lines joined by one space. */
export function splitLines(text: string): string[] {
  const units: string[] = [];
  let previousBlank = true;
  for (const raw of text.split('\n')) {
    // Inner whitespace is kept as is (no-break spaces included): later stages quote the text exactly.
    const line = raw.trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = units[units.length - 1];
    if (!previousBlank && last !== undefined && continuesWrappedLine(last, line)) {
      units[units.length - 1] = `${last} ${line}`;
    } else {
      units.push(line);
    }
    previousBlank = false;
  }
  return units;
}
