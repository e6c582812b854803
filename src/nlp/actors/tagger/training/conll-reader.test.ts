import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll, toIob2, withGuessedDocuments } from './conll-reader.ts';

test('sentences are split at blank lines and -DOCSTART- lines start new documents', () => {
  const text = '-DOCSTART- O\n\nFoo B-ORG\nwins O\n\n-DOCSTART- O\n\nBar B-PER\nI-Bar I-PER\n';
  const sentences = parseConll(text);
  assert.deepEqual(
    sentences.map((s) => [s.tokens, s.tags, s.doc]),
    [
      [['Foo', 'wins'], ['B-ORG', 'O'], 0],
      [['Bar', 'I-Bar'], ['B-PER', 'I-PER'], 1],
    ],
  );
});

test('the last column is the tag, so four-column files read the same', () => {
  assert.deepEqual(parseConll('Paris NNP I-NP I-LOC\n')[0]?.tags, ['B-LOC']);
});

test('IOB1 tags become IOB2', () => {
  assert.deepEqual(toIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG']);
});

test('without -DOCSTART-, a document starts at the headline before each dateline', () => {
  const text = ['A B-LOC', '', 'TOWN B-LOC', '1996-08-22 O', '', 'Text O', '', 'NEXT O', '', 'CITY B-LOC', '1996-08-23 O', ''].join('\n');
  assert.deepEqual(
    withGuessedDocuments(parseConll(text)).map((s) => s.doc),
    [0, 0, 0, 1, 1],
  );
});
