/**
 * Splits a Brink search query into tokens (see query-syntax.ts for the syntax). Positions are
 * 1-based UTF-16 offsets, as an editor's column counts them in plain text.
 */
import { BrinkError } from '../core/errors.ts';

export type QueryToken =
  | { readonly kind: 'word' | 'phrase'; readonly text: string; readonly prefix: boolean; readonly position: number }
  | { readonly kind: 'and' | 'or' | 'not' | 'open' | 'close' | 'minus'; readonly position: number };

const OPERATORS: ReadonlyMap<string, 'and' | 'or' | 'not'> = new Map([
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
]);

/** A term must hold a letter or digit, or FTS5's tokenizer would see nothing in it. */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Control characters other than whitespace (tab, newline and the like are spaces). */
const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/u;

function isBoundary(char: string | undefined): boolean {
  return char === undefined || char === '"' || char === '(' || char === ')' || SPACE.test(char);
}

/** `-` negates when something to negate follows at once: a word, a "phrase" or a ( group. */
function startsOperand(char: string | undefined): boolean {
  return char !== undefined && char !== ')' && char !== '-' && !SPACE.test(char);
}

function noLetters(kind: string, text: string, position: number): BrinkError {
  return new BrinkError(
    'usage',
    `Unexpected ${kind} ${JSON.stringify(text)} with no letters or digits at position ${position}, expected a word, "phrase" or operator`,
  );
}

/** Tokenizes a query; throws BrinkError kind `usage` for an unclosed quote, a misplaced `*`, or a term without letters. */
export function tokenizeQuery(query: string): QueryToken[] {
  const control = CONTROL.exec(query);
  if (control !== null) {
    // FTS5 reads its expression as a C string, so a NUL would cut it short (an unterminated string).
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new BrinkError('usage', `Unexpected control character U+${code} at position ${control.index + 1}, expected printable text`);
  }
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] as string;
    const position = i + 1;
    if (SPACE.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', position });
      i++;
    } else if (char === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) {
        throw new BrinkError('usage', `Unexpected unclosed " at position ${position}, expected a closing " to end the phrase`);
      }
      const text = query.slice(i + 1, end);
      if (!HAS_LETTER_OR_DIGIT.test(text)) throw noLetters('phrase', text, position);
      const prefix = query[end + 1] === '*';
      tokens.push({ kind: 'phrase', text, prefix, position });
      i = end + 1 + (prefix ? 1 : 0);
    } else if (char === '-' && startsOperand(query[i + 1])) {
      tokens.push({ kind: 'minus', position });
      i++;
    } else {
      let end = i;
      while (!isBoundary(query[end])) end++;
      const raw = query.slice(i, end);
      i = end;
      const operator = OPERATORS.get(raw);
      if (operator !== undefined) {
        tokens.push({ kind: operator, position });
        continue;
      }
      const prefix = raw.endsWith('*');
      const text = prefix ? raw.slice(0, -1) : raw;
      const star = text.indexOf('*');
      if (star >= 0) {
        throw new BrinkError('usage', `Unexpected * at position ${position + star}, expected * only at the end of a word (prefix search)`);
      }
      if (!HAS_LETTER_OR_DIGIT.test(text)) throw noLetters('word', raw, position);
      tokens.push({ kind: 'word', text, prefix, position });
    }
  }
  return tokens;
}
