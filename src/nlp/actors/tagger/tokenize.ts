/**
 * A CoNLL-compatible tokenizer with UTF-16 offsets, so running text is cut the way the training
 * data was: punctuation split off, `U.S.` and `Mr.` kept whole, hyphenated and apostrophe words
 * (`Anglo-Dutch`, `O'Brien`) kept whole, the possessive `'s` and `n't` split off (`Clinton 's`).
 * Sentences break after `.`, `!` or `?` before a capital or quote, and at every line break
 * (headlines and datelines stand on their own lines). Written here rather than using wink-nlp
 * because it must match CoNLL's conventions, and because it is several times faster.
 */

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’.&\-][\p{L}\p{M}\p{N}]+)*`;
const TOKEN = new RegExp(`${WORD}|\\S`, 'gu');
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Longest sentence tagged in one piece; longer runs (lists, tables, text without punctuation) are
 * cut. CoNLL's longest sentence has 124 tokens; the cap bounds the decoder's lattice memory.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Words that keep a following period: titles, company suffixes, months, initials are handled apart. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep st jr sr rev corp inc ltd co bros no vs jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Splits `text` into sentences of tokens. Never throws; empty text gives no sentences. */
export function tokenizeSentences(text: string): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let lastEnd = 0;
  const flush = (): void => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (text.slice(lastEnd, start).includes('\n')) flush();
    const previous = current[current.length - 1];
    if (previous && isSentenceEnd(previous.text) && startsSentence(m[0])) flush();
    if (current.length >= MAX_SENTENCE_TOKENS) flush();
    if (WORD_START.test(m[0]) && text[end] === '.' && keepsPeriod(m[0])) end++;
    TOKEN.lastIndex = end;
    for (const piece of splitClitics(text, start, end)) current.push(piece);
    lastEnd = end;
  }
  flush();
  return sentences;
}

function isSentenceEnd(token: string): boolean {
  return token === '.' || token === '!' || token === '?';
}

function startsSentence(token: string): boolean {
  return /^[\p{Lu}\p{N}"'“‘(]/u.test(token);
}

function keepsPeriod(word: string): boolean {
  if (word.includes('.')) return true; // U.S, a.m → U.S., a.m.
  if (/^\p{Lu}$/u.test(word)) return true; // initials: John F. Kennedy
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** `Putin's` → `Putin` + `'s`; `don't` → `do` + `n't`. `O'Brien` and `'s` alone stay whole. */
function splitClitics(text: string, start: number, end: number): Token[] {
  const word = text.slice(start, end);
  if (!word.includes("'") && !word.includes('’')) return [{ text: word, start, end }];
  const possessive = /^(.+?)(['’][sS])$/u.exec(word);
  const negation = /^(.+?)([nN]['’][tT])$/u.exec(word);
  const match = possessive ?? negation;
  if (!match || !match[1] || !match[2]) return [{ text: word, start, end }];
  const cut = start + match[1].length;
  return [
    { text: match[1], start, end: cut },
    { text: match[2], start: cut, end },
  ];
}
