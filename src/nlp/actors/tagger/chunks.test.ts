import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunksOf } from './chunks.ts';
import { emptyScores, f1, precision, recall, scoreSentence } from './training/entity-scores.ts';

test('chunks open at B- or at an I- of a new type, as conlleval reads them', () => {
  assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('an entity counts only when both its span and its type match', () => {
  const scores = emptyScores();
  scoreSentence(scores, ['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
  scoreSentence(scores, ['B-ORG'], ['B-LOC']);
  assert.deepEqual(scores.overall, { gold: 3, predicted: 3, correct: 1 });
  assert.equal(precision(scores.overall), 1 / 3);
  assert.equal(recall(scores.overall), 1 / 3);
  assert.equal(f1(scores.byType.LOC), 2 / 3);
  assert.equal(f1(scores.byType.MISC), 0);
});
