import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clauseTense, type Tense } from './tense.ts';

function tenseOf(sentence: string, target: string): Tense {
  const start = sentence.indexOf(target);
  return clauseTense(sentence, { start: 0, end: sentence.length }, { start, end: start + target.length });
}

describe('clauseTense', () => {
  const TABLE: readonly [string, string, Tense][] = [
    ['Putin said on Tuesday that he wanted talks.', 'Tuesday', 'past'],
    ['Talks will resume on Tuesday in Geneva.', 'Tuesday', 'future'],
    ['On Tuesday, the minister announced new drills.', 'Tuesday', 'past'],
    ['Talks will resume on Tuesday, officials said.', 'Tuesday', 'future'],
    ['The trading is to resume in Paris Tuesday.', 'Tuesday', 'future'],
    ['The dividend is payable Jan. 2 to holders.', 'Jan. 2', 'future'],
    ['Tuesday’s remarks seem to suggest a change.', 'Tuesday', 'present'],
    ['The reduced dividend is payable Jan. 2.', 'Jan. 2', 'future'],
    ['Nothing here but Tuesday.', 'Tuesday', 'unknown'],
  ];
  for (const [sentence, target, expected] of TABLE) {
    it(`reads "${target}" in "${sentence}" as ${expected}`, () => assert.equal(tenseOf(sentence, target), expected));
  }
});
