/**
 * Surface folding for alias lookup. Every function maps one UTF-16 code unit to exactly one code
 * unit, so offsets into the folded text are offsets into the article (spans stay exact).
 */

/**
 * Cyrillic letters that look like Latin ones. Ukrainian sites often type a Cyrillic "і" inside a
 * Latin name (Reznіkov); folding them lets the Latin alias match.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  і: 'i',
  ї: 'i',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
};

const cache = new Map<string, string>();

/** Folds one code unit: lowercase, no diacritics, Latin for look-alike Cyrillic, plain ' and space. */
export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '`') out = "'";
  else if (ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\t') out = ' ';
  else if (ch === '\u2010' || ch === '\u2011' || ch === '\u2013') out = '-';
  else {
    const lower = ch.toLowerCase();
    const one = lower.length === 1 ? lower : ch;
    const base = one.normalize('NFD')[0] ?? one;
    out = HOMOGLYPHS[base] ?? base;
  }
  cache.set(ch, out);
  return out;
}

/** The folded form of a whole string, same length as the input. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] ?? '');
  return out;
}

/** A lookup key: folded, whitespace runs collapsed, trimmed. */
export function foldKey(surface: string): string {
  return foldText(surface.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

/** True for a code unit that is part of a word (letters, marks, digits). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}
