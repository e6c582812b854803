import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenizeSentences } from './tokenize.ts';

const words = (text: string): string[][] => tokenizeSentences(text).map((s) => s.map((t) => t.text));

test('punctuation is split off, abbreviations and initials keep their period', () => {
  assert.deepEqual(words('Mr. Smith met John F. Kennedy in the U.S. on Monday.'), [
    ['Mr.', 'Smith', 'met', 'John', 'F.', 'Kennedy', 'in', 'the', 'U.S.', 'on', 'Monday', '.'],
  ]);
});

test("the possessive 's and n't are split as in CoNLL, apostrophe names stay whole", () => {
  assert.deepEqual(words("O'Brien said Putin’s envoy didn't come."), [
    ["O'Brien", 'said', 'Putin', '’s', 'envoy', 'did', "n't", 'come', '.'],
  ]);
});

test('sentences break after a full stop before a capital, and at line breaks', () => {
  assert.deepEqual(words('Kyiv was shelled. Russia denied it\nHEADLINE HERE'), [
    ['Kyiv', 'was', 'shelled', '.'],
    ['Russia', 'denied', 'it'],
    ['HEADLINE', 'HERE'],
  ]);
});

test('letters in any script and combining marks stay inside one token', () => {
  assert.deepEqual(words('Žižek and Oleksii Reznіkov (Резніков) spoke.'), [
    ['Žižek', 'and', 'Oleksii', 'Reznіkov', '(', 'Резніков', ')', 'spoke', '.'],
  ]);
});

test('for any text, tokens are non-empty, ordered, inside the text and equal to their slice', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      let last = 0;
      for (const token of tokenizeSentences(text).flat()) {
        assert.ok(token.start >= last && token.end > token.start && token.end <= text.length);
        assert.equal(text.slice(token.start, token.end), token.text);
        last = token.end;
      }
    }),
  );
});
