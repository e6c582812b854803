import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FURNITURE_LINES, furnitureLine } from './furniture-lines.ts';

test('furniture lines are recognised whole', () => {
  const cases: [string, string][] = [
    ['Advertisement', 'clean/ad-label'],
    ['Iklan', 'clean/ad-label'],
    ['You may also like...', 'clean/teaser-heading'],
    ['Related: Council approves budget', 'clean/teaser-heading'],
    ["DON'T MISS", 'clean/teaser-heading'],
    ['12 comments', 'clean/comments-prompt'],
    ['Share this article', 'clean/share-prompt'],
    ['SUBSCRIBE', 'clean/sign-up-prompt'],
    ['Image 3 of 5', 'clean/gallery-control'],
    ['Back to Gallery', 'clean/gallery-control'],
    ['Photo: A. Photographer, Agency', 'clean/photo-credit'],
    ['Crowds gathered in the square on Sunday (Image: Agency)', 'clean/photo-credit'],
  ];
  for (const [line, id] of cases) assert.equal(furnitureLine(line)?.id, id, line);
});

test('sentences that only mention furniture words are prose', () => {
  for (const line of [
    'The advertisement ran for three weeks before it was withdrawn.',
    'Comments made by the minister on Monday drew criticism.',
    'Readers can share their views at the town hall meeting.',
    'More than 300 people were evacuated.',
    'The photo: a crowd, a flag and a burning car.',
  ]) {
    assert.equal(furnitureLine(line), null, line);
  }
});

test('every furniture line has a unique id and a reason', () => {
  const ids = FURNITURE_LINES.map((l) => l.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const line of FURNITURE_LINES) {
    assert.match(line.id, /^clean\/[a-z-]+$/);
    assert.ok(line.reason.length > 10, line.id);
  }
});
