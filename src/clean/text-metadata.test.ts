import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarDate, MAX_YEAR, MIN_YEAR } from './text-dates.ts';
import { extractTextMetadata, mastheadName, TOP_LINES } from './text-metadata.ts';

test('full English dates in the common orders are read; partial or ambiguous ones are not', () => {
  const cases: [string, string | null][] = [
    ['22 November 2021', '2021-11-22'],
    ['November 22, 2021', '2021-11-22'],
    ['Nov. 22nd, 2021', '2021-11-22'],
    ['Tuesday, 15 Feb 2022', '2022-02-15'],
    ['April 02, 2022', '2022-04-02'],
    ['2022-02-15', '2022-02-15'],
    ['February 15', null],
    ['02/03/2022', null],
    ['31 February 2022', null],
    ['Smarch 3, 2022', null],
  ];
  for (const [input, expected] of cases) assert.equal(calendarDate(input), expected, input);
});

test('years at the bounds are accepted and just outside them refused', () => {
  assert.equal(calendarDate(`1 January ${MIN_YEAR}`), `${MIN_YEAR}-01-01`);
  assert.equal(calendarDate(`1 January ${MIN_YEAR - 1}`), null);
  assert.equal(calendarDate(`1 January ${MAX_YEAR}`), `${MAX_YEAR}-01-01`);
  assert.equal(calendarDate(`1 January ${MAX_YEAR + 1}`), null);
});

const scraped = `Troops pull back, Moscow says
The ministry released video of trains leaving Crimea.

By Ieva Kalnina and Tom Rees
Published 15 February 2022, 11:10 EET
Updated 16 February 2022
5 min read
Share on Facebook

MOSCOW, Feb 15 (Meridian Wire) - Russia said on Tuesday that some units were returning to base.

Popular posts
© 2022 Baltic Ledger. All rights reserved.`;

test('byline, publication line and dateline agency are read from the top of scraped text', () => {
  assert.deepEqual(extractTextMetadata(scraped), { byline: 'Ieva Kalnina and Tom Rees', published: '2022-02-15', source: 'Meridian Wire' });
});

test('an "Updated" line alone is not taken for the publication date', () => {
  assert.equal(extractTextMetadata('Headline\nUpdated 16 February 2022\nBody text here.').published, null);
});

test('a bare date line under the headline counts; story dates further down do not', () => {
  assert.equal(extractTextMetadata('Headline\nApril 02, 2022\nBody.').published, '2022-04-02');
  const late = ['Headline', ...Array.from({ length: TOP_LINES }, (_, i) => `Paragraph ${i} of the story.`), 'March 3, 2022'].join('\n');
  assert.equal(extractTextMetadata(late).published, null);
});

test('without a dateline the copyright footer names the outlet', () => {
  assert.equal(extractTextMetadata('Headline\nBody.\n© 2022 Baltic Ledger. All rights reserved.').source, 'Baltic Ledger');
  assert.equal(extractTextMetadata('Headline\nBody.\nCopyright 2021-2022 Northgate Herald').source, 'Northgate Herald');
});

test('legal forms and the corporate word before them are dropped from publisher names', () => {
  assert.equal(mastheadName('Baltic Ledger SIA'), 'Baltic Ledger');
  assert.equal(mastheadName('Northgate Herald Media Ltd'), 'Northgate Herald');
  assert.equal(mastheadName('Social Media Watch'), 'Social Media Watch');
  assert.equal(
    extractTextMetadata('Headline\nBody.\n© Northgate Herald Media Ltd 2022. Registered in England and Wales.').source,
    'Northgate Herald',
  );
});
