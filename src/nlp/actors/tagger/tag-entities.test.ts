import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tagDocument, tagEntities, tagTokens } from './tag-entities.ts';
import type { EntitySpan } from './types.ts';

const found = (text: string): [string, string][] => tagEntities(text).map((e) => [e.text, e.type]);

function assertWellFormed(text: string, spans: readonly EntitySpan[]): void {
  let last = 0;
  for (const span of spans) {
    assert.ok(span.start >= last, `sorted and non-overlapping at ${span.start}`);
    assert.ok(span.end > span.start && span.end <= text.length);
    assert.equal(text.slice(span.start, span.end), span.text);
    assert.ok(span.confidence >= 0 && span.confidence <= 1);
    last = span.end;
  }
}

test('people, places and organisations in a plain news sentence', () => {
  const got = found('German Chancellor Olaf Scholz met NATO officials in Brussels on Tuesday.');
  assert.ok(
    got.some(([t, type]) => t === 'Olaf Scholz' && type === 'PER'),
    JSON.stringify(got),
  );
  assert.ok(
    got.some(([t, type]) => t === 'NATO' && type === 'ORG'),
    JSON.stringify(got),
  );
  assert.ok(
    got.some(([t, type]) => t === 'Brussels' && type === 'LOC'),
    JSON.stringify(got),
  );
  assert.ok(
    got.some(([t, type]) => t === 'German' && type === 'MISC'),
    JSON.stringify(got),
  );
});

const names: [string, string, string][] = [
  ['an apostrophe name', "Defence minister Declan O'Brien said the talks would resume.", "Declan O'Brien"],
  ['a name with diacritics', 'The philosopher Slavoj Žižek said the war was a tragedy.', 'Slavoj Žižek'],
  ['a Cyrillic і inside a Latin name', 'Ukraine’s defence minister Oleksii Reznіkov visited the front.', 'Oleksii Reznіkov'],
];
for (const [what, text, name] of names) {
  test(`a person named with ${what} is one PER span with exact offsets`, () => {
    const spans = tagEntities(text);
    assertWellFormed(text, spans);
    const person = spans.find((s) => s.type === 'PER');
    assert.equal(person?.text, name, JSON.stringify(spans));
    assert.equal(person?.start, text.indexOf(name));
  });
}

test('text with no capitals yields few or no names and never throws', () => {
  const text = 'the troops moved north after the talks in the capital failed, officials said on monday.';
  const spans = tagEntities(text);
  assertWellFormed(text, spans);
  assert.ok(spans.length <= 1, JSON.stringify(spans));
});

test('ALL CAPS text is still tagged, with spans inside the text', () => {
  const text = 'RUSSIA AND UKRAINE RESUME TALKS IN ISTANBUL';
  const spans = tagEntities(text);
  assertWellFormed(text, spans);
  assert.ok(
    spans.some((s) => s.text === 'ISTANBUL' && s.type === 'LOC'),
    JSON.stringify(spans),
  );
});

test('10,000 consecutive capitalised words do not blow up', () => {
  const text = Array.from({ length: 10_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
  const spans = tagEntities(text);
  assertWellFormed(text, spans);
  assert.equal(tagTokens(text.split(' ')).length, 10_000);
});

test('tagTokens returns one IOB2 tag per token, and tagDocument one list per sentence', () => {
  const tags = tagTokens(['Angela', 'Merkel', 'visited', 'Paris', '.']);
  assert.deepEqual(tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.deepEqual(tagTokens([]), []);
  const doc = tagDocument([['Leeds', 'beat', 'Chelsea', '.'], [], ['Leeds', 'won', '.']]);
  assert.deepEqual(
    doc.map((s) => s.length),
    [4, 0, 3],
  );
});

test('for any text, tagging never throws and spans are inside, sorted and non-overlapping', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      assertWellFormed(text, tagEntities(text));
    }),
    { numRuns: 200 },
  );
});

test('for any capitalised word soup, spans are inside, sorted and non-overlapping', () => {
  const word = fc.constantFrom('Kyiv', 'Moscow', 'NATO', 'the', 'said', 'Zelensky', 'U.S.', "O'Brien", '.', ',', '\n', 'Bank', 'of');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      assertWellFormed(text, tagEntities(text));
    }),
    { numRuns: 200 },
  );
});
