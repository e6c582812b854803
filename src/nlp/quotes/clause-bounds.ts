/**
 * Where a reported clause starts and ends around a cue: the addressee and prepositional phrases a
 * cue may carry before its content ("told reporters", "said in a statement on Tuesday that"), the
 * complementiser "that" (outside the content, as in the dev gold; PolNeAR keeps it inside), and the
 * end of the content at the sentence end, before a trailing attribution or final punctuation.
 */
import type { Token } from './tokens.ts';
import { isQuoteToken } from './tokens.ts';

const OBJECT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Tokens a cue's prepositional phrase may span ("in an interview with the BBC on Tuesday"). */
export const MAX_PP_TOKENS = 8;

/** Skips "told reporters", "told the BBC", "told him". Returns the next token index. */
export function skipAddressee(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return i;
  if (OBJECT_PRONOUNS.has(t.lower)) return i + 1;
  let j = i;
  while (
    j < tokens.length &&
    j - i < 6 &&
    OBJECT_POS.has(tokens[j]?.pos ?? '') &&
    !/^(he|she|it|they|we|i|that)$/u.test(tokens[j]?.lower ?? '')
  ) {
    j++;
    // A determiner or pronoun after a noun starts the clause: "told reporters the US would".
    if (j > i && /DET|PRON/u.test(tokens[j]?.pos ?? '') && /NOUN|PROPN/u.test(tokens[j - 1]?.pos ?? '')) break;
  }
  return j;
}

/** Skips prepositional phrases and time words after a cue. Returns the next token index. */
export function skipPrepositions(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let round = 0; round < 4; round++) {
    const t = tokens[j];
    if (t === undefined) return j;
    if (t.pos === 'ADP' && t.lower !== 'that') {
      let k = j + 1;
      const possessive = (n: number): boolean => /^[’']$/u.test(tokens[n]?.text ?? '') && /s$/u.test(tokens[n - 1]?.text ?? '');
      while (
        k < tokens.length &&
        k - j <= MAX_PP_TOKENS &&
        (/PROPN|NOUN|DET|ADJ|NUM|PRON|ADP|PART/u.test(tokens[k]?.pos ?? '') || possessive(k)) &&
        tokens[k]?.lower !== 'that'
      ) {
        if (/^(he|she|it|they|we|i)$/u.test(tokens[k]?.lower ?? '')) break;
        k++;
      }
      j = k;
    } else if (
      /^(yesterday|today|tonight|repeatedly|again|also|publicly|privately|last|earlier|later|this|next|recently|previously|separately|then|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(
        t.lower,
      )
    ) {
      if (t.lower === 'this' && !/^(week|month|year|morning|afternoon|evening)$/u.test(tokens[j + 1]?.lower ?? '')) return j;
      j++;
      if (/^(week|month|year|morning|afternoon|evening|night|this|last)$/u.test(tokens[j]?.lower ?? '')) j++;
      if (/^(week|month|year|morning|afternoon|evening|night)$/u.test(tokens[j]?.lower ?? '')) j++;
    } else return j;
  }
  return j;
}

/** A bare clause's verb must come within this many tokens ("President Barack Obama’s new actions … are"). */
export const MAX_SUBJECT_TOKENS = 16;

/** True when tokens[i..] look like a finite clause: a verb or auxiliary within a few tokens. */
export function startsClause(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  // "says if elected “I will work …”": a conditional clause opens the content.
  if (t !== undefined && /^(if|when|once|unless|because|whether|why|how|what)$/u.test(t.lower))
    return startsClause(tokens, i + 1, end) || t.lower !== 'if';
  if (t === undefined || !/PRON|PROPN|DET|NOUN|NUM|ADJ|ADV/u.test(t.pos)) return false;
  const possessiveHer = t.lower === 'her' && /NOUN|ADJ/u.test(tokens[i + 1]?.pos ?? '');
  if (OBJECT_PRONOUNS.has(t.lower) && !possessiveHer) return false;
  if (/^(so|this|that|nothing|something|anything|yes|no)$/u.test(t.lower)) return false;
  for (let k = i + 1; k < Math.min(end, i + MAX_SUBJECT_TOKENS); k++) {
    const x = tokens[k];
    if (x === undefined || x.text === ',') return false;
    if (isQuoteToken(x)) continue; // "saying Tuesday “would go down in history …”"

    if (x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))) return true;
  }
  return false;
}

const OPENING_OF: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['’', '‘'],
  ['»', '«'],
  ['"', '"'],
]);
const ABBREVIATION_END = /(?:\b\p{Lu}\.\p{Lu}\.|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Gen|Mr|Mrs|Ms|Dr)\.)$/u;

/** End offset of a content that runs to the sentence end, without the final punctuation. */
export function contentEnd(text: string, start: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  while (end > start && /[\s.,;:!?—–-]/u.test(text[end - 1] ?? '')) end--;
  // "the U.S." and "Jr.": the full stop belongs to the abbreviation.
  if (text[end] === '.' && ABBREVIATION_END.test(text.slice(Math.max(start, end - 6), end + 1))) end++;
  // A closing mark that closes nothing inside the content belongs to an outer quotation.
  const close = text[end - 1] ?? '';
  const open = OPENING_OF.get(close);
  if (open !== undefined && /[.,]/u.test(text[end - 2] ?? '') && text.lastIndexOf(open, end - 2) < start) end--;
  return end;
}
