import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { BrinkError } from '../core/errors.ts';
import { MAX_QUERY_DEPTH, queryToFts } from './query-syntax.ts';

test('queries translate to FTS5 expressions with every term quoted', () => {
  const table: [string, string][] = [
    ['ceasefire', '"ceasefire"'],
    ['ceasefire talks', '"ceasefire" AND "talks"'],
    ['"peace talks"', '"peace talks"'],
    ['withdraw*', '"withdraw"*'],
    ['"peace tal"*', '"peace tal"*'],
    ['a OR b', '"a" OR "b"'],
    ['a AND b OR c', '("a" AND "b") OR "c"'],
    ['a NOT b', '"a" NOT "b"'],
    ['a -b -c', '("a" NOT "b") NOT "c"'],
    ['a b -c', '("a" AND "b") NOT "c"'],
    ['a AND NOT b', '"a" NOT "b"'],
    ['-b a', '"a" NOT "b"'],
    ['a -(b OR c)', '"a" NOT ("b" OR "c")'],
    ['(a OR b) c', '("a" OR "b") AND "c"'],
    ['and or not', '"and" AND "or" AND "not"'],
    ['title:war', '"title:war"'],
    ['NEAR(a b)', '"NEAR" AND ("a" AND "b")'],
    ['^start {col}', '"^start" AND "{col}"'],
    ['well-known U.S.', '"well-known" AND "U.S."'],
  ];
  for (const [query, expected] of table) assert.equal(queryToFts(query), expected, query);
});

test('unreadable queries are usage errors that name the position and what was expected', () => {
  const table: [string, RegExp][] = [
    ['', /^Unexpected empty query, expected at least one word/],
    ['"peace talks', /^Unexpected unclosed " at position 1, expected a closing "/],
    ['(a OR b', /^Unexpected end of query at position 8, expected \) to close the \( at position 1$/],
    ['a OR b)', /^Unexpected \) at position 7, expected an operator, a word or the end of the query$/],
    ['()', /^Unexpected \) at position 2, expected a word, "phrase" or \($/],
    ['AND a', /^Unexpected AND at position 1, expected a word, "phrase" or \($/],
    ['a OR', /^Unexpected end of query at position 5, expected a word, "phrase" or \($/],
    ['a AND', /^Unexpected end of query at position 6, expected a word, "phrase" or \( after AND$/],
    ['-a', /^Unexpected - at position 1, expected a word to search for before excluding one/],
    ['a OR NOT b', /^Unexpected NOT at position 6, expected a word to search for before excluding one/],
    ['with*draw', /^Unexpected \* at position 5, expected \* only at the end of a word/],
    ['a ::', /^Unexpected word "::" with no letters or digits at position 3/],
    ['a ""', /^Unexpected phrase "" with no letters or digits at position 3/],
    ['a \u0000b', /^Unexpected control character U\+0000 at position 3, expected printable text$/],
  ];
  for (const [query, message] of table) {
    assert.throws(
      () => queryToFts(query),
      (error: unknown) => {
        assert.ok(error instanceof BrinkError, query);
        assert.equal(error.kind, 'usage');
        assert.match(error.message, message, query);
        return true;
      },
    );
  }
});

test('parentheses nest up to the limit and no further', () => {
  const nested = (depth: number): string => `${'('.repeat(depth)}a${')'.repeat(depth)}`;
  assert.equal(queryToFts(nested(MAX_QUERY_DEPTH)), '"a"');
  assert.throws(() => queryToFts(nested(MAX_QUERY_DEPTH + 1)), /at most 32 nested parentheses/);
});

// A real FTS5 table, so "never produces FTS syntax errors" is checked by SQLite itself.
const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`);
db.prepare('INSERT INTO t (title, text) VALUES (?, ?)').run('Peace talks', 'Troops withdrew from the town: "no deal" said NEAR(all)');
const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
after(() => db.close());

/** Strings built mostly from the characters that matter to the syntax and to FTS5. */
const queryText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab ()"-*:^{}+,.\'NOTANDOR\u0000\u00e9\u4e2d'.split('')), maxLength: 30 }),
  fc
    .array(fc.constantFrom('a', 'talks', 'AND', 'OR', 'NOT', '(', ')', '"', '-', '*', 'NEAR', 'title:', '^', ' '), { maxLength: 12 })
    .map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

test('the translator only ever throws usage errors, and its output never makes FTS5 fail', () => {
  fc.assert(
    fc.property(queryText, (query) => {
      let expression: string;
      try {
        expression = queryToFts(query);
      } catch (error) {
        assert.ok(error instanceof BrinkError && error.kind === 'usage', String(error));
        return;
      }
      match.get(expression);
    }),
    { numRuns: 2000 },
  );
});

test('user text never leaves the quoted strings of the output', () => {
  const operatorsOnly = /^(?:\s|\(|\)|AND|OR|NOT)*$/;
  fc.assert(
    fc.property(queryText, (query) => {
      try {
        const expression = queryToFts(query);
        assert.match(expression.replace(/"(?:[^"]|"")*"\*?/g, ' '), operatorsOnly, expression);
      } catch (error) {
        if (!(error instanceof BrinkError)) throw error;
      }
    }),
    { numRuns: 2000 },
  );
});

test('any single word with a letter is searched literally', () => {
  fc.assert(
    fc.property(
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((w) => /^[^\s"()*\p{Cc}-][^\s"()*\p{Cc}]*$/u.test(w) && /[\p{L}\p{N}]/u.test(w) && !['AND', 'OR', 'NOT'].includes(w)),
      (word) => {
        assert.equal(queryToFts(word), `"${word.replaceAll('"', '""')}"`);
      },
    ),
  );
});
