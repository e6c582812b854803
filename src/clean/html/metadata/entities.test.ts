import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReferences } from './entities.ts';

test('decodes numeric and common named references', () => {
  assert.equal(decodeReferences('Jos&#xE9; &amp; Ren&#233;e &quot;Ana&quot;'), 'José & Renée "Ana"');
});

test('leaves unknown names, surrogates and bare ampersands alone', () => {
  assert.equal(decodeReferences('A &bogus; B & C &#xD800; &#0;'), 'A &bogus; B & C &#xD800; &#0;');
});
