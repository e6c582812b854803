import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_IN_SOURCE_TOKENS } from './propose-in-source.ts';
import { quotesOf } from './test-helpers.ts';
import { tagRange } from './tokens.ts';

const brief = (text: string): [string, string | null, string | null][] =>
  quotesOf(text).map((q) => [q.text, q.cue?.text ?? null, q.speaker?.span ? text.slice(q.speaker.span.start, q.speaker.span.end) : null]);

test('a document in a sentence-opening "In …," phrase is the source of the clause after it', () => {
  assert.deepEqual(brief('In a new national poll, Vos held a 24-point lead.'), [['Vos held a 24-point lead', 'In', 'a new national poll']]);
  assert.deepEqual(brief('But in his statement, the border stays closed.'), [['the border stays closed', 'in', 'his statement']]);
});

test('a verb of saying after the phrase owns the clause; a place is no source', () => {
  assert.deepEqual(brief('In a statement, the ministry said the talks failed.'), [['the talks failed', 'said', 'the ministry']]);
  assert.deepEqual(brief('In the capital, the streets were empty.'), []);
});

test(`the "In …" phrase has at most ${MAX_IN_SOURCE_TOKENS} tokens`, () => {
  const phrase = (n: number): string => `In a ${'big '.repeat(n)}poll`;
  const size = (n: number): number => tagRange(phrase(n), 0, phrase(n).length).length - 1;
  const n = MAX_IN_SOURCE_TOKENS - size(0);
  assert.equal(size(n), MAX_IN_SOURCE_TOKENS);
  assert.equal(quotesOf(`${phrase(n)}, Vos held a lead.`).length, 1);
  assert.equal(quotesOf(`${phrase(n + 1)}, Vos held a lead.`).length, 0);
});
