import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapsRange } from './date-range.ts';

test('days, months and years are kept when they overlap the range, edges included', () => {
  const range = { since: '2022-02-01', until: '2022-02-28' };
  const cases: [string | null, boolean][] = [
    ['2022-02-01', true],
    ['2022-02-28', true],
    ['2022-01-31', false],
    ['2022-03-01', false],
    ['2022-02', true],
    ['2022-01', false],
    ['2022', true],
    ['2021', false],
    ['2022-02-15T10:00:00Z', true],
    [null, false],
  ];
  for (const [date, kept] of cases) assert.equal(overlapsRange(date, range), kept, String(date));
});

test('without a range everything is kept, undated items too', () => {
  assert.equal(overlapsRange(null, {}), true);
  assert.equal(overlapsRange('2021-04', { since: '2021-04-30' }), true);
  assert.equal(overlapsRange('2021-04', { until: '2021-03-31' }), false);
});
