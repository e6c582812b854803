import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, formatWeek, isoWeekday, parseIsoDate } from './calendar.ts';
import { parsePeriod } from './period.ts';

describe('calendar arithmetic', () => {
  const TABLE: readonly [string, string, string][] = [
    ['2022-02-17 is a Thursday', String(isoWeekday({ year: 2022, month: 2, day: 17 })), '4'],
    ['2022-02-17 is in ISO week 7', formatWeek({ year: 2022, month: 2, day: 17 }), '2022-W07'],
    ['1 January 2021 belongs to the last ISO week of 2020', formatWeek({ year: 2021, month: 1, day: 1 }), '2020-W53'],
    [
      '28 February 2024 plus one day is the leap day',
      JSON.stringify(addDays({ year: 2024, month: 2, day: 28 }, 1)),
      '{"year":2024,"month":2,"day":29}',
    ],
    [
      '31 January plus one month clamps to 28 February',
      JSON.stringify(addMonths({ year: 2022, month: 1, day: 31 }, 1)),
      '{"year":2022,"month":2,"day":28}',
    ],
    [
      'January minus one month is last December',
      JSON.stringify(addMonths({ year: 2022, month: 1, day: 5 }, -1)),
      '{"year":2021,"month":12,"day":5}',
    ],
  ];
  for (const [name, actual, expected] of TABLE) it(name, () => assert.equal(actual, expected));

  it('reads ISO dates and date-times, and rejects impossible days', () => {
    assert.deepEqual(parseIsoDate('1998-02-06T22:19:00'), { year: 1998, month: 2, day: 6 });
    assert.deepEqual(parseIsoDate('19980108'), { year: 1998, month: 1, day: 8 });
    assert.equal(parseIsoDate('2022-02-30'), null);
    assert.equal(parseIsoDate('yesterday'), null);
  });

  it('reads TIMEX3 values back into periods', () => {
    assert.deepEqual(parsePeriod('2022-W07'), { date: { year: 2022, month: 2, day: 14 }, granularity: 'W' });
    assert.deepEqual(parsePeriod('1989-Q3'), { date: { year: 1989, month: 7, day: 1 }, granularity: 'Q' });
    assert.deepEqual(parsePeriod('2022-02-15TNI'), { date: { year: 2022, month: 2, day: 15 }, granularity: 'D' });
    assert.equal(parsePeriod('PAST_REF'), null);
  });
});
