import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from './split.ts';

function paragraphsOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

test('abbreviations, quotes and headlines split where a reader would', () => {
  const text =
    'The U.S. said on Tuesday that troops were “still arriving.” Mr. Putin denied it.\n\nSevere Economic Sanctions\n\nBiden spoke at 5 p.m. in Washington. Then he left!';
  const got = splitSentences(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, [
    'The U.S. said on Tuesday that troops were “still arriving.”',
    'Mr. Putin denied it.',
    'Severe Economic Sanctions',
    'Biden spoke at 5 p.m. in Washington.',
    'Then he left!',
  ]);
});

test('each sentence records the paragraph it belongs to', () => {
  const text = 'One. Two.\n\nThree.';
  assert.deepEqual(
    splitSentences(text, paragraphsOf(text)).map((s) => s.paragraph),
    [0, 0, 1],
  );
});

test('for any text, sentences are inside their paragraph, ordered, non-overlapping and non-empty', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { minLength: 1, maxLength: 5 }), (parts) => {
      const text = parts.join('\n\n');
      const paragraphs = paragraphsOf(text);
      let previousEnd = 0;
      for (const s of splitSentences(text, paragraphs)) {
        const para = paragraphs[s.paragraph];
        assert.ok(para !== undefined);
        assert.ok(s.start >= para.start && s.end <= para.end && s.end > s.start);
        assert.ok(s.start >= previousEnd);
        previousEnd = s.end;
      }
    }),
    { numRuns: 200 },
  );
});

test('a party–state tag "(R-Ky.)" does not end the sentence; a full stop after it does', () => {
  const text =
    'Sen. Rand Paul (R-Ky.) said it. Rep. Gregory Meeks (D-N.Y.) said so. Rep. Elijah Cummings (D-Md.), the chair, agreed. He met Sen. Rubio (R-Fla.). Then he left.';
  const got = splitSentences(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, [
    'Sen. Rand Paul (R-Ky.) said it.',
    'Rep. Gregory Meeks (D-N.Y.) said so.',
    'Rep. Elijah Cummings (D-Md.), the chair, agreed.',
    'He met Sen. Rubio (R-Fla.).',
    'Then he left.',
  ]);
});

test('other short parenthesised abbreviations do not end a sentence either', () => {
  const text = 'Gov. Jerry Brown (Calif.) said so. He met Mr. Smith (Jr.). Then it rained.';
  const got = splitSentences(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['Gov. Jerry Brown (Calif.) said so.', 'He met Mr. Smith (Jr.).', 'Then it rained.']);
});
