/**
 * Part-of-speech tokens with lemmas for one sentence, offsets into the article text. The event
 * coder needs lemmas ("imposed" → impose, "talks" → talk) to match its lexicon, and POS tags to
 * tell verbs from nouns and to find clause boundaries.
 */
import type { ItemToken } from 'wink-nlp';
// its.lemma's declared type differs from the other `its` helpers'; at run time it reads like them.
import { wink } from '../sentences/wink.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, SCONJ, PUNCT, ...). */
  readonly pos: string;
}

/** Tokens of text[start, end), in order. */
export function tagSentence(text: string, start: number, end: number): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const part = text.slice(start, end);
  const doc = nlp.readDoc(part);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const value = token.out(its.value);
    cursor += token.out(its.precedingSpaces).length;
    const found = part.startsWith(value, cursor) ? cursor : part.indexOf(value, cursor);
    if (found < 0) return;
    const lower = value.toLowerCase().replace(/[’‘]/gu, "'");
    const lemma = String(token.out(its.lemma as unknown as typeof its.value))
      .toLowerCase()
      .replace(/[’‘]/gu, "'");
    tokens.push({ start: start + found, end: start + found + value.length, text: value, lower, lemma, pos: token.out(its.pos) });
    cursor = found + value.length;
  });
  return tokens;
}

/**
 * Forms a lexicon word may take for this token: wink's lemma, the lower-case form, and crude
 * suffix-stripped stems, because the lemmatiser errs on some verbs ("staged" → "stag").
 */
export function forms(t: Token): string[] {
  const w = t.lower;
  const out = [t.lemma, w];
  const m = /^(.{2,}?)(?:ed|d|es|s|ing)$/u.exec(w);
  if (m?.[1] !== undefined) out.push(m[1], `${m[1]}e`);
  return out;
}
