import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  FAMILY_PREFIX_CHARS,
  MIN_DEDUP_CHARS,
  REPEATED_PARAGRAPH_RULE,
  doubledLength,
  paragraphKey,
  removeRepeatedParagraphs,
} from './repeated-paragraphs.ts';

const caption = 'Rescue workers search the rubble of a school in Kharkiv. Photo: Agency / Jane Doe';

const cases: { name: string; input: string[]; kept: string[]; removed: number }[] = [
  {
    name: 'an exact copy is dropped',
    input: [caption, 'Body text follows here.', caption],
    kept: [caption, 'Body text follows here.'],
    removed: 1,
  },
  {
    name: 'copies differing only by quotes, dashes, case and spaces are dropped',
    input: ['The minister said “no deal” – again.', 'THE MINISTER SAID "NO DEAL" - again.', "The  minister said 'no deal' — again."],
    kept: ['The minister said “no deal” – again.'],
    removed: 2,
  },
  {
    name: 'a caption family sharing its first 60 characters is kept once',
    input: [caption, `${caption} (File photo)`, `${caption.slice(0, FAMILY_PREFIX_CHARS)} other credit`],
    kept: [caption],
    removed: 2,
  },
  {
    name: 'paragraphs agreeing on one character fewer than the family prefix are both kept',
    input: [`${'a'.repeat(FAMILY_PREFIX_CHARS - 1)}X first`, `${'a'.repeat(FAMILY_PREFIX_CHARS - 1)}Y second`],
    kept: [`${'a'.repeat(FAMILY_PREFIX_CHARS - 1)}X first`, `${'a'.repeat(FAMILY_PREFIX_CHARS - 1)}Y second`],
    removed: 0,
  },
  {
    name: 'a short label below the minimum length is never de-duplicated',
    input: ['x'.repeat(MIN_DEDUP_CHARS - 1), 'x'.repeat(MIN_DEDUP_CHARS - 1)],
    kept: ['x'.repeat(MIN_DEDUP_CHARS - 1), 'x'.repeat(MIN_DEDUP_CHARS - 1)],
    removed: 0,
  },
  {
    name: 'a paragraph at the minimum length is de-duplicated',
    input: ['x'.repeat(MIN_DEDUP_CHARS), 'x'.repeat(MIN_DEDUP_CHARS)],
    kept: ['x'.repeat(MIN_DEDUP_CHARS)],
    removed: 1,
  },
  { name: 'a caption doubled inside one line is collapsed to one copy', input: [`${caption} ${caption}`], kept: [caption], removed: 1 },
  {
    name: 'a doubled line whose first copy was already seen is dropped entirely',
    input: [caption, `${caption} ${caption}`],
    kept: [caption],
    removed: 2,
  },
];

for (const c of cases) {
  test(c.name, () => {
    const result = removeRepeatedParagraphs(c.input);
    assert.deepEqual(result.paragraphs, c.kept);
    assert.equal(result.removed.length, c.removed);
    for (const r of result.removed) assert.equal(r.reason, REPEATED_PARAGRAPH_RULE);
  });
}

test('a sentence that merely repeats a few words is not treated as doubled', () => {
  assert.equal(doubledLength('The army said the army would stay, the army said on Monday in Kyiv.'), null);
});

test('the key folds case, quotes, dashes and whitespace', () => {
  assert.equal(paragraphKey('  “A”\u00A0—  ‘b’ '), '"a" - "b"');
});

const paragraph = fc.oneof(
  fc.constantFrom(caption, 'Short', 'Another paragraph of body text, long enough.', ''),
  fc.string({ maxLength: 80 }),
);

test('every kept paragraph is a prefix of an input paragraph, in input order', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 30 }), (input) => {
      const { paragraphs } = removeRepeatedParagraphs(input);
      let at = 0;
      for (const p of paragraphs) {
        while (at < input.length && !(input[at] ?? '').trim().startsWith(p.trim())) at++;
        assert.ok(at < input.length, `kept ${JSON.stringify(p)} is not from the input`);
        at++;
      }
    }),
  );
});

test('removing repeats twice changes nothing more', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 30 }), (input) => {
      const once = removeRepeatedParagraphs(input).paragraphs;
      assert.deepEqual(removeRepeatedParagraphs(once).paragraphs, once);
    }),
  );
});
