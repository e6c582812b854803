import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePublished } from './published-date.ts';
import { isUtcStamp } from './find-dates.ts';
import type { DateCandidates } from './published-date.ts';

const NONE: DateCandidates = { 'json-ld': null, meta: null, time: null, url: null, text: null };

test('takes the most trusted source that has a date', () => {
  const table: [Partial<DateCandidates>, string | null, string | null][] = [
    [{ 'json-ld': '2022-02-15', meta: '2022-02-14', time: '2022-02-13' }, '2022-02-15', 'json-ld'],
    [{ meta: '2022-02-14', time: '2022-02-13', url: '2022-02-14' }, '2022-02-14', 'meta'],
    [{ time: '2022-02-13', url: '2022-02-13', text: '2022-02-12' }, '2022-02-13', 'time'],
    [{ url: '2022-02-13', text: '2022-02-12' }, '2022-02-13', 'url'],
    [{ text: '2022-02-12' }, '2022-02-12', 'text'],
    [{}, null, null],
  ];
  for (const [partial, published, from] of table) {
    assert.deepEqual(choosePublished({ ...NONE, ...partial }, []), { published, publishedFrom: from });
  }
});

test('refuses a reader-facing date later than every last-edit date', () => {
  assert.deepEqual(choosePublished({ ...NONE, time: '2022-03-01' }, ['2022-02-16']), { published: null, publishedFrom: null });
  assert.equal(choosePublished({ ...NONE, time: '2022-02-16' }, ['2022-02-16']).published, '2022-02-16');
});

test('keeps a machine published stamp even when the CMS wrote an earlier modified stamp', () => {
  assert.equal(choosePublished({ ...NONE, 'json-ld': '2022-02-16' }, ['2022-02-15']).published, '2022-02-16');
});

test('refuses a reader-facing date later than the dated permalink and falls back to the permalink', () => {
  assert.deepEqual(choosePublished({ ...NONE, text: '2022-02-20', url: '2022-02-15' }, []), {
    published: '2022-02-15',
    publishedFrom: 'url',
  });
  assert.deepEqual(choosePublished({ ...NONE, time: '2022-02-15', url: '2022-02-15' }, []), {
    published: '2022-02-15',
    publishedFrom: 'time',
  });
});

test('lets the local reader-facing day win over a UTC stamp one day away, and only one day away', () => {
  const utc = new Set(['json-ld'] as const);
  assert.deepEqual(choosePublished({ ...NONE, 'json-ld': '2022-02-16', time: '2022-02-15' }, [], utc), {
    published: '2022-02-15',
    publishedFrom: 'time',
  });
  assert.deepEqual(choosePublished({ ...NONE, 'json-ld': '2022-02-17', time: '2022-02-15' }, [], utc), {
    published: '2022-02-17',
    publishedFrom: 'json-ld',
  });
  assert.deepEqual(choosePublished({ ...NONE, 'json-ld': '2022-02-16', time: '2022-02-15' }, []), {
    published: '2022-02-16',
    publishedFrom: 'json-ld',
  });
  assert.deepEqual(choosePublished({ ...NONE, meta: '2022-02-16', url: '2022-02-15' }, [], new Set(['meta'] as const)), {
    published: '2022-02-15',
    publishedFrom: 'url',
  });
});

test('recognises UTC date-times and nothing else', () => {
  for (const raw of ['2022-02-15T23:10:00Z', '2022-02-15T23:10:00.123Z', '2022-02-15T23:10:00+00:00', 'Tue, 15 Feb 2022 23:10:00 GMT'])
    assert.equal(isUtcStamp(raw), true, raw);
  for (const raw of ['2022-02-15T23:10:00+01:00', '2022-02-15', '2022-02-15T23:10:00', null])
    assert.equal(isUtcStamp(raw), false, String(raw));
});
