import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lightVerbBefore } from './phrases.ts';
import { tagSentence } from './tokens.ts';

/** lightVerbBefore for the first token whose text is `noun`. */
function governed(text: string, noun: string): boolean {
  const tokens = tagSentence(text, 0, text.length);
  const k = tokens.findIndex((t) => t.text === noun);
  assert.ok(k >= 0, `${noun} in ${text}`);
  return lightVerbBefore(tokens, k);
}

test('a verb that puts forward a bundle of acts governs the acts: scare quotes and "<bundle> of" pass', () => {
  assert.equal(governed('Ottawa would unveil a new round of “tough” sanctions.', 'sanctions'), true);
  assert.equal(governed('Brussels will present a package of sanctions.', 'sanctions'), true);
  // Over GOVERNED_REACH (4) counted words the verb no longer governs the bundle, nor its acts.
  assert.equal(governed('Brussels will present a very big new tough package of sanctions.', 'sanctions'), false);
});

test('a participle inside scare quotes is a quoted modifier, not the governing verb', () => {
  assert.equal(governed('Tehran said the footage showed a “staged” attack.', 'attack'), false);
});
