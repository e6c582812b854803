import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrinkError } from '../core/errors.ts';
import { parseCount, toFilter, toPage } from './options.ts';

test('counts accept whole numbers at and above the minimum', () => {
  assert.equal(parseCount('--limit', '1', 20, 1), 1);
  assert.equal(parseCount('--limit', undefined, 20, 1), 20);
});

test('counts below the minimum or not whole numbers are usage errors naming the flag', () => {
  for (const bad of ['0', '-1', '2.5', 'ten', '']) {
    assert.throws(
      () => parseCount('--limit', bad, 20, 1),
      (e: unknown) => e instanceof BrinkError && e.kind === 'usage' && e.message.includes('--limit'),
    );
  }
});

test('a month or year --until means the end of that period', () => {
  assert.deepEqual(toFilter({ until: '2022-02' }), { until: '2022-02-28' });
  assert.deepEqual(toFilter({ until: '2024-02' }), { until: '2024-02-29' });
  assert.deepEqual(toFilter({ until: '2022' }), { until: '2022-12-31' });
  assert.deepEqual(toFilter({ since: '2022-02-10', source: 'X', all: true }), {
    since: '2022-02-10',
    source: 'X',
    includeDuplicates: true,
  });
});

test('dates that are not ISO are usage errors', () => {
  assert.throws(() => toFilter({ since: '10/02/2022' }), /expected a date like 2022-02-10/);
});

test('pages default their limit and start at offset 0', () => {
  assert.deepEqual(toPage({}, 50), { limit: 50, offset: 0 });
  assert.deepEqual(toPage({ limit: '5', offset: '10' }, 50), { limit: 5, offset: 10 });
});
