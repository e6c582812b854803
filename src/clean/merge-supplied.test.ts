import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanResult } from '../core/clean-result.ts';
import { isoDate, mergeSupplied } from './index.ts';

const extracted: CleanResult = {
  title: 'Headline from the page',
  byline: 'Page Author',
  source: 'page.example',
  published: '2022-02-01',
  publishedFrom: 'meta',
  language: 'en',
  paragraphs: ['Body.'],
  removed: [],
  extraction: 'text/lines',
  diagnostics: [],
};

test('supplied metadata wins field by field and says where the date came from', () => {
  const merged = mergeSupplied(extracted, { published: '2022-02-17T09:30:00Z', source: 'Meridian Wire', author: 'A. Writer' });
  assert.equal(merged.published, '2022-02-17');
  assert.equal(merged.publishedFrom, 'supplied');
  assert.equal(merged.source, 'Meridian Wire');
  assert.equal(merged.byline, 'A. Writer');
  assert.equal(merged.title, 'Headline from the page');
});

test('an unparseable supplied date leaves the extracted one in place', () => {
  const merged = mergeSupplied(extracted, { published: 'sometime last week' });
  assert.equal(merged.published, '2022-02-01');
  assert.equal(merged.publishedFrom, 'meta');
});

test('a supplied title that differs from the first line puts that line back into the body', () => {
  const merged = mergeSupplied(extracted, { title: 'The real title' });
  assert.equal(merged.title, 'The real title');
  assert.deepEqual(merged.paragraphs, ['Headline from the page', 'Body.']);
});

test('a supplied title equal to the first line (up to case and punctuation) is not duplicated', () => {
  const merged = mergeSupplied(extracted, { title: 'HEADLINE from the page!' });
  assert.deepEqual(merged.paragraphs, ['Body.']);
});

test('ISO dates, date-times and RFC 2822 dates become calendar dates; impossible ones become null', () => {
  const cases: [string, string | null][] = [
    ['2022-02-15', '2022-02-15'],
    ['2022-02-15T23:10:00+03:00', '2022-02-15'],
    ['Tue, 15 Feb 2022 10:00:00 GMT', '2022-02-15'],
    ['2022-02-30', null],
    ['not a date', null],
  ];
  for (const [input, expected] of cases) assert.equal(isoDate(input), expected, input);
});

test('Markdown, like plain text, gets its first line back when a different title was supplied', () => {
  const merged = mergeSupplied({ ...extracted, extraction: 'markdown/lines' }, { title: 'The real title' });
  assert.deepEqual(merged.paragraphs, ['Headline from the page', 'Body.']);
});
