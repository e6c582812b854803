import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDates, parseDateValue } from './find-dates.ts';
import type { DateHints } from './find-dates.ts';

const DAY_FIRST: DateHints = { dayFirst: true };
const MONTH_FIRST: DateHints = { dayFirst: false };
const UNKNOWN: DateHints = { dayFirst: null };

test('reads the date formats news pages write', () => {
  const table: [string, string][] = [
    ['2022-02-15T10:32:00+02:00', '2022-02-15'],
    ['2022-2-5', '2022-02-05'],
    ['2022/02/15 10:00', '2022-02-15'],
    ['15.02.2022', '2022-02-15'],
    ['15. 02. 2022', '2022-02-15'],
    ['February 15, 2022', '2022-02-15'],
    ['Feb. 15 2022', '2022-02-15'],
    ['Tue, 15 Feb 2022 10:00:00 GMT', '2022-02-15'],
    ['15th of February 2022', '2022-02-15'],
    ['15. Februar 2022', '2022-02-15'],
    ['15 de febrero de 2022', '2022-02-15'],
    ['15 de fevereiro de 2022', '2022-02-15'],
    ['15 février 2022', '2022-02-15'],
    ['15 ŞUBAT 2022', '2022-02-15'],
    ['15 лютого 2022', '2022-02-15'],
    ['15 февраля 2022', '2022-02-15'],
    ['20 septembrie 2020', '2020-09-20'],
    ['2022年2月15日', '2022-02-15'],
    ['2022년 2월 15일', '2022-02-15'],
    ['١٥/٠٢/٢٠٢٢', '2022-02-15'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['الجمعة 24 نيسان / أبريل 2020', '2020-04-24'],
  ];
  for (const [text, iso] of table) assert.equal(parseDateValue(text, UNKNOWN), iso, text);
});

test('reads an ambiguous slashed date by the page hint and refuses it without one', () => {
  assert.equal(parseDateValue('03/04/2020', DAY_FIRST), '2020-04-03');
  assert.equal(parseDateValue('03/04/2020', MONTH_FIRST), '2020-03-04');
  assert.equal(parseDateValue('03/04/2020', UNKNOWN), null);
});

test('settles a slashed date without a hint when one part cannot be a month', () => {
  assert.equal(parseDateValue('15/02/2022', UNKNOWN), '2022-02-15');
  assert.equal(parseDateValue('02/15/2022', UNKNOWN), '2022-02-15');
  assert.equal(parseDateValue('07/07/2022', UNKNOWN), '2022-07-07');
});

test('rejects days that do not exist', () => {
  for (const text of ['2022-02-30', '2021-02-29', '31.04.2020', '2020-13-01', 'February 0, 2022']) {
    assert.equal(parseDateValue(text, DAY_FIRST), null, text);
  }
  assert.equal(parseDateValue('2020-02-29', DAY_FIRST), '2020-02-29');
});

test('rejects years outside 1995-2099 and accepts the edges', () => {
  assert.equal(parseDateValue('1994-12-31', DAY_FIRST), null);
  assert.equal(parseDateValue('1995-01-01', DAY_FIRST), '1995-01-01');
  assert.equal(parseDateValue('2099-12-31', DAY_FIRST), '2099-12-31');
  assert.equal(parseDateValue('2100-01-01', DAY_FIRST), null);
});

test('does not read digits glued to other digits or words as a date', () => {
  assert.equal(parseDateValue('id 120200622120908039', DAY_FIRST), null);
  assert.equal(parseDateValue('v12022-02-15', DAY_FIRST), null);
  assert.equal(parseDateValue('May the 4th', DAY_FIRST), null);
});

test('lists dates in text order with their positions', () => {
  const text = 'Posted 15 February 2022. Updated 2022-02-16.';
  const found = findDates(text, DAY_FIRST);
  assert.deepEqual(
    found.map((f) => f.iso),
    ['2022-02-15', '2022-02-16'],
  );
  assert.equal(text.slice(found[0]?.index, found[0]?.end), '15 February 2022');
});

test('every valid ISO day is read back unchanged', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      assert.equal(parseDateValue(`${iso}T12:00:00Z`, UNKNOWN), iso);
    }),
  );
});

test('never throws and only returns valid ISO days on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      for (const found of findDates(text, DAY_FIRST)) assert.match(found.iso, /^\d{4}-\d{2}-\d{2}$/);
    }),
  );
});
