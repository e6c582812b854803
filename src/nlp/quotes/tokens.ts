/**
 * Part-of-speech tokens for a range of the article (one sentence or a run of them), with offsets
 * into the article text. wink-nlp's tagger is only run on sentences that may hold a quote (a cue
 * that can fire, or a colon where one introduces speech; index.ts, mayHoldQuote), which keeps the
 * stage cheap.
 */
import { wink } from '../sentences/wink.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  readonly lower: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, PUNCT, ...). */
  readonly pos: string;
}

/** Tokens of text[start, end), in order. */
export function tagRange(text: string, start: number, end: number): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const part = text.slice(start, end);
  const collection = nlp.readDoc(part).tokens();
  // Whole-collection outputs: far cheaper than one item object per token.
  const values: string[] = collection.out(its.value);
  const spaces: string[] = collection.out(its.precedingSpaces);
  const tags: string[] = collection.out(its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    const found = part.startsWith(value, cursor) ? cursor : part.indexOf(value, cursor);
    if (found < 0) continue;
    tokens.push({
      start: start + found,
      end: start + found + value.length,
      text: value,
      lower: value.toLowerCase().replace(/’/gu, "'"),
      pos: tags[i] ?? 'X',
    });
    cursor = found + value.length;
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const QUOTE = /^["“”„«»‘’‹›]$/u;
export const isQuoteToken = (t: Token | undefined): boolean => t !== undefined && QUOTE.test(t.text);
