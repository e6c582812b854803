import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOMINAL_CUES } from './cue-lexicon.ts';
import { MAX_POSSESSOR_TOKENS } from './propose-nominal.ts';
import { quotesOf } from './test-helpers.ts';

const brief = (text: string): [string, string | null, string | null][] =>
  quotesOf(text).map((q) => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null]);

test('a possessor with a noun of saying and a that-clause is a reported statement', () => {
  assert.deepEqual(brief('Clinton attacked Trump’s claim that the election is rigged against him.'), [
    ['the election is rigged against him', 'claim', 'Trump'],
  ]);
  // The content stops at the first comma, like other noun-phrase contents.
  assert.deepEqual(brief('Ms. Lena Vos spoke first. Critics mocked her assertion that the count was fair, and left.'), [
    ['the count was fair', 'assertion', 'Lena Vos'],
  ]);
});

test('a relative "that", a noun of deciding and a speaker-less noun are not reports', () => {
  assert.deepEqual(brief('Trump’s statement that was released Tuesday ran long.'), []);
  assert.deepEqual(brief('Putin’s decision that troops would cross the border came at night.'), []);
  assert.deepEqual(brief('The claim that the election is rigged spread quickly.'), []);
  assert.ok(!NOMINAL_CUES.has('decision') && !NOMINAL_CUES.has('plan'));
});

test(`a possessor name has at most ${MAX_POSSESSOR_TOKENS} words`, () => {
  const name = (n: number): string => ['Anna', 'Maria', 'Lena', 'Vos', 'Ostrov'].slice(0, n).join(' ');
  assert.equal(brief(`Critics mocked ${name(MAX_POSSESSOR_TOKENS)}’s claim that the count was fair.`).length, 1);
  assert.equal(brief(`Critics mocked ${name(MAX_POSSESSOR_TOKENS + 1)}’s claim that the count was fair.`).length, 0);
});
