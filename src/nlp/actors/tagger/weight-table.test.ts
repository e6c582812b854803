import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAG_COUNT } from './tags.ts';
import { WeightTable } from './weight-table.ts';

test('known features add their rows, unknown ones add nothing, colliding slots still resolve', () => {
  // Keys 1 and 1 + 2^20 share their low bits, so they probe the same first slot.
  const keys = Int32Array.from([1, 1 + 2 ** 20, -7]);
  const weights = new Float32Array(keys.length * TAG_COUNT);
  weights[0] = 1;
  weights[TAG_COUNT + 1] = 2;
  weights[2 * TAG_COUNT + 2] = 4;
  const table = new WeightTable(keys, weights);
  const scores = new Float64Array(TAG_COUNT);
  table.addScores(Int32Array.from([1, 1 + 2 ** 20, -7, 12345]), 4, scores);
  assert.deepEqual(Array.from(scores.slice(0, 3)), [1, 2, 4]);
  assert.equal(
    scores.slice(3).reduce((a, b) => a + b, 0),
    0,
  );
});
