import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentMemory } from './memory.ts';
import { OUTSIDE, tagIdOf } from './tags.ts';
import { wordInfo } from './word-info.ts';

test('a word remembered as a name yields features; O tags and unseen words yield none', () => {
  const memory = new DocumentMemory();
  const out = new Int32Array(16);
  memory.record(wordInfo('Leeds'), tagIdOf('U-ORG'));
  memory.record(wordInfo('the'), OUTSIDE);
  assert.equal(memory.features(wordInfo('the'), false, out, 0), 0);
  assert.equal(memory.features(wordInfo('Paris'), true, out, 0), 0);
  // Case-insensitive: the headline form finds the body form.
  assert.equal(memory.features(wordInfo('LEEDS'), true, out, 0), 3);
  memory.clear();
  assert.equal(memory.features(wordInfo('Leeds'), true, out, 0), 0);
});
