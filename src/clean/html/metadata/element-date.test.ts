import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromElements } from './element-date.ts';
import type { DatedElement } from './page-facts.ts';

const HINTS = { dayFirst: true };

function dated(fields: Partial<DatedElement>): DatedElement {
  return { machine: null, text: '', trait: '', context: 'div article-meta | article ', isTime: true, afterHeadline: true, ...fields };
}

test('ignores dates in footers, comments, sidebars, related lists and date bars', () => {
  const contexts: [string, string][] = [
    ['context/footer', 'footer site-footer'],
    ['context/comments', 'div comment-list'],
    ['context/side', 'aside  | div sidebar'],
    ['context/related', 'ul related-posts'],
    ['context/date-bar', 'div today-date | header site-header'],
  ];
  for (const [rule, context] of contexts) {
    const result = dateFromElements([dated({ machine: '2022-03-09', context })], HINTS);
    assert.equal(result.published, null, rule);
  }
});

test('trusts a marked published stamp even before the headline', () => {
  const result = dateFromElements([dated({ machine: '2022-02-15', trait: 'entry-date published', afterHeadline: false })], HINTS);
  assert.equal(result.published, '2022-02-15');
});

test('does not trust an unmarked date before the headline', () => {
  assert.equal(dateFromElements([dated({ text: '15 February 2022', afterHeadline: false })], HINTS).published, null);
});

test('sets modified stamps aside by trait or by label and keeps the latest', () => {
  const result = dateFromElements(
    [
      dated({ machine: '2022-02-17', trait: 'updated' }),
      dated({ text: 'Last updated: 18 Feb 2022' }),
      dated({ text: 'Published 15 Feb 2022' }),
    ],
    HINTS,
  );
  assert.deepEqual(result, { published: '2022-02-15', modified: '2022-02-18' });
});

test('reads the printed day when the machine stamp is UTC, and the machine day when it has an offset', () => {
  assert.equal(dateFromElements([dated({ machine: '2022-02-16T02:00:00Z', text: 'February 15, 2022' })], HINTS).published, '2022-02-15');
  assert.equal(
    dateFromElements([dated({ machine: '2022-02-16T02:00:00+05:00', text: 'February 15, 2022' })], HINTS).published,
    '2022-02-16',
  );
  assert.equal(dateFromElements([dated({ machine: '2022-02-16T02:00:00Z', text: '10:00' })], HINTS).published, '2022-02-16');
});
