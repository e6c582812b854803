import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl } from './url-date.ts';

test('reads day-precision dates from URL paths', () => {
  const table: [string, string | null][] = [
    ['https://example.org/2022/02/15/talks-stall/', '2022-02-15'],
    ['https://example.org/news/2022-02-15-talks-stall', '2022-02-15'],
    ['https://example.org/news/20220215/talks-stall', '2022-02-15'],
    ['https://example.org/2022/2/5/talks', '2022-02-05'],
    ['https://example.org/20220215-talks', '2022-02-15'],
  ];
  for (const [url, iso] of table) assert.equal(dateFromUrl(url), iso, url);
});

test('refuses month-only paths, ids, impossible days and the query string', () => {
  const table: string[] = [
    'https://example.org/2022/02/talks-stall',
    'https://example.org/news/120220215120908039/talks',
    'https://example.org/2022/02/30/talks',
    'https://example.org/1994/12/31/talks',
    'https://example.org/article?date=2022-02-15',
    'https://2022-02-15.example.org/talks',
    'not a url',
  ];
  for (const url of table) assert.equal(dateFromUrl(url), null, url);
  assert.equal(dateFromUrl(undefined), null);
});
