/**
 * Word shape and orthographic flags, the classic NER word features (Bikel et al. 1997; Ratinov &
 * Roth 2009): `Putin` → `Xxxxx` (short `Xx`), `NATO` → `XXXX` (`X`), `1996-08-22` → `dddd-dd-dd`
 * (`d-d-d`), `U.S.` → `X.X.` (`X.X.`). Letters in any script count, so `Žižek` and `Рeзников`
 * get the shape of `Smith`.
 */

const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function charClass(ch: string): string {
  if (DIGIT.test(ch)) return 'd';
  if (UPPER.test(ch)) return 'X';
  if (LETTER.test(ch)) return 'x';
  if (/\p{M}/u.test(ch)) return 'x';
  return ch;
}

/** Full shape, with runs longer than 4 cut to 4 so very long words share a shape. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character: `Xxxxx` → `Xx`. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Bit flags of one word; each set bit is a feature. */
export const FLAG = {
  initialCapital: 1,
  allCapitals: 2,
  hasDigit: 4,
  hasHyphen: 8,
  hasPeriod: 16,
  noLetters: 32,
  hasApostrophe: 64,
  mixedCase: 128,
} as const;
export const FLAG_BITS = 8;

/** The FLAG bits that hold for `word`. */
export function wordFlags(word: string): number {
  const first = word[0] ?? '';
  let flags = 0;
  const letters = word.match(/\p{L}/gu) ?? [];
  const uppers = letters.filter((ch) => UPPER.test(ch)).length;
  if (UPPER.test(first)) flags |= FLAG.initialCapital;
  if (letters.length > 0 && uppers === letters.length) flags |= FLAG.allCapitals;
  if (DIGIT.test(word)) flags |= FLAG.hasDigit;
  if (word.includes('-')) flags |= FLAG.hasHyphen;
  if (word.includes('.')) flags |= FLAG.hasPeriod;
  if (letters.length === 0) flags |= FLAG.noLetters;
  if (/['’]/.test(word)) flags |= FLAG.hasApostrophe;
  if (uppers > 0 && uppers < letters.length && !UPPER.test(first)) flags |= FLAG.mixedCase;
  return flags;
}
