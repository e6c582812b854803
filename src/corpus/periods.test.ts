import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeek, periodsBetween, weekStart } from './periods.ts';

const weeks: readonly [string, string][] = [
  ['2022-02-24', '2022-W08'],
  ['2022-01-02', '2021-W52'], // a Sunday still in the last ISO week of 2021
  ['2022-01-03', '2022-W01'], // the first Monday
  ['2020-12-31', '2020-W53'],
  ['2021-01-01', '2020-W53'],
  ['2024-12-30', '2025-W01'], // a Monday already in 2025's week 1
];
for (const [date, week] of weeks) test(`${date} is in ISO week ${week}`, () => assert.equal(isoWeek(date), week));

test('weeks start on Monday', () => {
  assert.equal(weekStart('2022-02-24'), '2022-02-21');
  assert.equal(weekStart('2022-02-21'), '2022-02-21');
  assert.equal(weekStart('2022-02-27'), '2022-02-21');
});

test('periodsBetween fills every period, including empty ones, both ends inclusive', () => {
  assert.deepEqual(
    periodsBetween('2022-02-27', '2022-03-01', 'day').map((p) => p.label),
    ['2022-02-27', '2022-02-28', '2022-03-01'],
  );
  assert.deepEqual(
    periodsBetween('2022-02-27', '2022-03-08', 'week').map((p) => p.label),
    ['2022-W08', '2022-W09', '2022-W10'],
  );
});
