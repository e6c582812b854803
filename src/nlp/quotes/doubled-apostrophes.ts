/**
 * Some archives render curly double quotation marks as two ASCII apostrophes (''We stay,'' he
 * said), as in the New York Times text of PolNeAR. The quote rules read a same-length copy of the
 * article in which each such pair is a straight double mark followed by a space: an opening ''We
 * becomes "␠We (the space is skipped as leading blank) and a closing ,'' becomes ," so every
 * offset still points into the original text. Quotes are then given back the article's own words.
 */
import type { Quote } from '../../core/analysis.ts';

/** Two apostrophes, not the start of a longer run. */
const DOUBLED = /''(?!')/gu;

/** `text` with every '' pair turned into `" ` (same length); `text` itself when it has none. */
export function doubledApostrophesAsMarks(text: string): string {
  return text.includes("''") ? text.replace(DOUBLED, '" ') : text;
}

/**
 * A quote found on the copy, with the original words. A content that ends on the first apostrophe
 * of a closing pair (the copy's mark) takes the whole pair: “was a ''great aircraft.''”.
 */
export function inOriginalWords(original: string, q: Quote): Quote {
  const end = original.slice(q.end - 1, q.end + 1) === "''" && q.end - 1 > q.start ? q.end + 1 : q.end;
  const cue = q.cue === null ? null : { ...q.cue, text: original.slice(q.cue.start, q.cue.end) };
  return { ...q, end, text: original.slice(q.start, end), cue };
}
