/**
 * Brink's search syntax, translated to a safe SQLite FTS5 MATCH expression.
 *
 *   ceasefire talks        both words (implicit AND)
 *   "peace talks"          exact phrase
 *   withdraw*              prefix
 *   a AND b, a OR b        boolean operators (upper case; lower-case `and`/`or` are words)
 *   a NOT b, a -b          a without b
 *   (a OR b) c             grouping
 *
 * Every term is emitted as an FTS5 string ("..." with " doubled), so FTS5 operators and column
 * filters typed by a user (`NEAR`, `title:`, `^`, `{`) are plain text and cannot change the query
 * (sqlite.org/fts5.html section 3). Anything that cannot be read is a BrinkError kind `usage`
 * naming the 1-based position. The result is bound as a parameter, never concatenated into SQL.
 */
import { BrinkError } from '../core/errors.ts';
import { tokenizeQuery, type QueryToken } from './query-tokens.ts';

/** Parsed query. `and` keeps positive and negated parts apart because FTS5's NOT is binary. */
export type QueryNode =
  | { readonly kind: 'term'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'or'; readonly parts: readonly QueryNode[] }
  | { readonly kind: 'and'; readonly include: readonly QueryNode[]; readonly exclude: readonly QueryNode[] };

/**
 * Deepest parenthesis nesting accepted. Far beyond any hand-written query, and it keeps the emitted
 * expression well inside FTS5's own depth limit (SQLITE_FTS5_MAX_EXPR_DEPTH, 256) and our stack.
 */
export const MAX_QUERY_DEPTH = 32;

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: readonly QueryToken[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) {
      throw new BrinkError('usage', 'Unexpected empty query, expected at least one word or "phrase"');
    }
    const node = this.parseOr(0);
    const next = this.peek();
    if (next !== undefined) this.fail(next, 'an operator, a word or the end of the query');
    return node;
  }

  private peek(): QueryToken | undefined {
    return this.tokens[this.index];
  }

  private fail(token: QueryToken | undefined, expected: string): never {
    const found = token === undefined ? 'end of query' : describe(token);
    const position = token === undefined ? this.length + 1 : token.position;
    throw new BrinkError('usage', `Unexpected ${found} at position ${position}, expected ${expected}`);
  }

  private parseOr(depth: number): QueryNode {
    const parts = [this.parseAnd(depth)];
    while (this.peek()?.kind === 'or') {
      this.index++;
      parts.push(this.parseAnd(depth));
    }
    return parts.length === 1 ? (parts[0] as QueryNode) : { kind: 'or', parts };
  }

  private parseAnd(depth: number): QueryNode {
    const start = this.peek();
    const include: QueryNode[] = [];
    const exclude: QueryNode[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.kind === 'or' || token.kind === 'close') break;
      if (include.length + exclude.length > 0 && token.kind === 'and') {
        this.index++;
        const after = this.peek()?.kind;
        if (after === 'not' || after === 'minus') continue; // `a AND NOT b` reads as `a NOT b`.
        include.push(this.parseOperand(depth, 'a word, "phrase" or ( after AND'));
      } else if (token.kind === 'not' || token.kind === 'minus') {
        this.index++;
        exclude.push(this.parseOperand(depth, `a word, "phrase" or ( after ${token.kind === 'not' ? 'NOT' : '-'}`));
      } else {
        include.push(this.parseOperand(depth, 'a word, "phrase" or ('));
      }
    }
    if (include.length === 0) {
      this.fail(
        exclude.length > 0 ? start : this.peek(),
        exclude.length > 0
          ? 'a word to search for before excluding one (search cannot list everything except a word)'
          : 'a word, "phrase" or (',
      );
    }
    if (include.length === 1 && exclude.length === 0) return include[0] as QueryNode;
    return { kind: 'and', include, exclude };
  }

  private parseOperand(depth: number, expected: string): QueryNode {
    const token = this.peek();
    if (token?.kind === 'word' || token?.kind === 'phrase') {
      this.index++;
      return { kind: 'term', text: token.text, prefix: token.prefix };
    }
    if (token?.kind === 'open') {
      if (depth >= MAX_QUERY_DEPTH) this.fail(token, `at most ${MAX_QUERY_DEPTH} nested parentheses`);
      this.index++;
      const inner = this.parseOr(depth + 1);
      if (this.peek()?.kind !== 'close') this.fail(this.peek(), `) to close the ( at position ${token.position}`);
      this.index++;
      return inner;
    }
    return this.fail(token, expected);
  }
}

function describe(token: QueryToken): string {
  switch (token.kind) {
    case 'word':
      return `word ${JSON.stringify(token.text)}`;
    case 'phrase':
      return `phrase ${JSON.stringify(token.text)}`;
    case 'open':
      return '(';
    case 'close':
      return ')';
    case 'minus':
      return '-';
    default:
      return token.kind.toUpperCase();
  }
}

/** Parses Brink's query syntax; throws BrinkError kind `usage` with a position on bad input. */
export function parseQuery(query: string): QueryNode {
  return new Parser(tokenizeQuery(query), query.length).parse();
}

/** FTS5 string literal: the only escape inside "..." is a doubled quote. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A node as an FTS5 operand: a term as it is, anything compound in parentheses. */
function operand(node: QueryNode): string {
  return node.kind === 'term' ? toFtsExpression(node) : `(${toFtsExpression(node)})`;
}

/** Renders a parsed query as an FTS5 expression, parenthesising every compound part. */
export function toFtsExpression(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return ftsString(node.text) + (node.prefix ? '*' : '');
    case 'or':
      return node.parts.map(operand).join(' OR ');
    case 'and': {
      const positive = node.include.map(operand).join(' AND ');
      let expression = node.include.length === 1 || node.exclude.length === 0 ? positive : `(${positive})`;
      node.exclude.forEach((part, index) => {
        expression = `${index === 0 ? expression : `(${expression})`} NOT ${operand(part)}`;
      });
      return expression;
    }
  }
}

/** Brink query → FTS5 MATCH expression, to be bound as a parameter. */
export function queryToFts(query: string): string {
  return toFtsExpression(parseQuery(query));
}
