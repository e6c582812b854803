import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedAfter, encodeTags, entitiesOfTagIds, iob2Of, OUTSIDE, TAGS, tagIdOf } from './tags.ts';

test('IOB2 tags become BILOU ids and come back unchanged', () => {
  const iob = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'B-MISC'];
  const ids = encodeTags(iob);
  assert.deepEqual(
    Array.from(ids, (id) => TAGS[id]),
    ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'I-LOC', 'L-LOC', 'O', 'U-MISC'],
  );
  assert.deepEqual(iob2Of(ids), iob);
});

test('IOB1 input (an entity opening with I-) is read as conlleval reads it', () => {
  assert.deepEqual(iob2Of(encodeTags(['O', 'I-ORG', 'I-ORG', 'I-PER'])), ['O', 'B-ORG', 'I-ORG', 'B-PER']);
});

test('an entity can only be continued by the same type, and an open one must continue', () => {
  assert.equal(allowedAfter(tagIdOf('B-PER'), tagIdOf('I-PER')), true);
  assert.equal(allowedAfter(tagIdOf('B-PER'), tagIdOf('L-ORG')), false);
  assert.equal(allowedAfter(tagIdOf('B-PER'), OUTSIDE), false);
  assert.equal(allowedAfter(OUTSIDE, tagIdOf('I-LOC')), false);
  assert.equal(allowedAfter(tagIdOf('U-LOC'), tagIdOf('B-LOC')), true);
});

test('entities are read straight from BILOU ids', () => {
  const ids = encodeTags(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']);
  assert.deepEqual(entitiesOfTagIds(ids), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 6, type: 'LOC' },
  ]);
});
