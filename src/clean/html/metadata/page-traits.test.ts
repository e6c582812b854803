import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_MATCHED_HEADLINE, isBylineMarked, isDateMarked, isLeadMuted, matchesTitle } from './page-traits.ts';

test('matches a heading to the title only from the minimum length on', () => {
  const title = 'Abcdefghijklmnopqrstuvwxyz - Harbour Times';
  const atEdge = 'abcdefghijklmnopqrstuvwxyz'.slice(0, MIN_MATCHED_HEADLINE.chars);
  assert.equal(matchesTitle(atEdge, title), true);
  assert.equal(matchesTitle(atEdge.slice(0, -1), title), false);
  assert.equal(matchesTitle('Abcdefghijklmnopqrstuvwxyz', null), false);
  assert.equal(matchesTitle('Something else entirely here', title), false);
});

test('recognises date and byline markers in class, id and itemprop', () => {
  const table: [string, boolean, boolean][] = [
    ['entry-date published', true, false],
    ['post-meta__time', true, false],
    ['fecha', true, false],
    ['byline', false, true],
    ['author vcard', false, true],
    ['', false, false],
    ['lead-paragraph', false, false],
  ];
  for (const [trait, date, byline] of table) {
    assert.equal(isDateMarked(trait), date, trait);
    assert.equal(isBylineMarked(trait), byline, trait);
  }
});

test('keeps captions and page chrome out of the lead text', () => {
  assert.equal(isLeadMuted('figcaption', ''), true);
  assert.equal(isLeadMuted('div', 'wp-caption-text'), true);
  assert.equal(isLeadMuted('div', 'share-buttons'), true);
  assert.equal(isLeadMuted('p', ''), false);
  assert.equal(isLeadMuted('div', 'article-body'), false);
});
