import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractTimes } from './index.ts';

/** Words that trigger rules, mixed with filler, so generated texts exercise the grammar. */
const WORDS = [
  'on',
  'in',
  'last',
  'next',
  'this',
  'the',
  'said',
  'will',
  'Tuesday',
  'night',
  'February',
  '14',
  '2022',
  'May',
  'March',
  'ago',
  'two',
  'days',
  'weeks',
  'several',
  'year',
  'quarter',
  'third',
  'early',
  'mid-',
  'late',
  'now',
  'recently',
  'every',
  'a',
  'week',
  '3:30',
  'p.m.',
  'noon',
  'later',
  'earlier',
  'before',
  'since',
  '1/2',
  '2/14',
  'three-day',
  'summer',
  'fall',
  ',',
  '.',
  '’s',
  'Thanksgiving',
  'nineteen',
  'ninety-six',
  'the',
  'year-ago',
];

const DATE_VALUE =
  /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{2,3}|PAST_REF|PRESENT_REF|FUTURE_REF)$/;
/** ISO 8601 durations; a decimal count ("1.5 years" = P1.5Y) is legal in ISO 8601 and TIMEX3. */
const PERIOD_VALUE = /^P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE))*(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?$/;
const SET_VALUE = /^(?:XXXX-WXX-[1-7])$/;

const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 80 }),
);
const published = fc.option(
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

describe('extractTimes properties', () => {
  it('never throws and returns sorted, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(text, published, (t, p) => {
        const times = extractTimes(t, [], { published: p });
        let end = 0;
        for (const time of times) {
          assert.ok(time.start >= end && time.end > time.start && time.end <= t.length);
          assert.equal(time.text, t.slice(time.start, time.end));
          assert.ok(time.confidence >= 0 && time.confidence <= 1);
          end = time.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes well-formed TIMEX3 values, null only when unresolved', () => {
    fc.assert(
      fc.property(text, published, (t, p) => {
        for (const time of extractTimes(t, [], { published: p })) {
          if (time.value === null) {
            assert.equal(time.anchor, 'unresolved');
            continue;
          }
          const ok =
            time.type === 'DURATION'
              ? PERIOD_VALUE.test(time.value)
              : time.type === 'SET'
                ? PERIOD_VALUE.test(time.value) || SET_VALUE.test(time.value)
                : DATE_VALUE.test(time.value);
          assert.ok(ok, `${time.type} ${time.value} from "${time.text}"`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never resolves against anything but the given date: no date, no relative value', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const time of extractTimes(t, [], { published: null })) assert.notEqual(time.anchor, 'published');
      }),
      { numRuns: 200 },
    );
  });
});
