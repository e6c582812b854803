import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from './quote-marks.ts';
import { paragraphsOf } from './test-helpers.ts';

const contents = (text: string): string[] => findQuotedSpans(text, paragraphsOf(text)).map((q) => text.slice(q.start, q.end));

test('pairs curly, straight, single and guillemet quotation marks', () => {
  const table: [string, string[]][] = [
    ['He said: “We stay.” Then he left.', ['We stay.']],
    ['She said "no deal" twice.', ['no deal']],
    ['The sign read ‘closed today’ again.', ['closed today']],
    ['Le ministre a dit «non merci» hier.', ['non merci']],
    ['“One,” he said, “two.”', ['One,', 'two.']],
  ];
  for (const [text, expected] of table) assert.deepEqual(contents(text), expected, text);
});

test('apostrophes are not quotation marks', () => {
  const table: [string, string[]][] = [
    ['Russia’s army and Ukraine’s too.', []],
    ['Back in the ’90s it was rock ’n’ roll.', []],
    ['They don’t know the countries’ plans.', []],
    ['He said “Russia’s troops won’t leave” yesterday.', ['Russia’s troops won’t leave']],
    ['‘We’re ready,’ the officers’ leader said.', ['We’re ready,']],
  ];
  for (const [text, expected] of table) assert.deepEqual(contents(text), expected, text);
});

test('nested quotations three deep stay inside the outer one', () => {
  const text = '“He told me ‘she wrote “never” to them’ last week,” Lavrov said.';
  assert.deepEqual(contents(text), ['He told me ‘she wrote “never” to them’ last week,']);
});

test('an unclosed quotation stops at its paragraph end', () => {
  const text = 'Officials said “the talks are over.\n\nNothing else was said.\n\nA “third paragraph” here.';
  const spans = findQuotedSpans(text, paragraphsOf(text));
  assert.equal(spans.length, 2);
  assert.equal(spans[0]?.closed, false);
  assert.equal(text.slice(spans[0]?.start, spans[0]?.end), 'the talks are over.');
  assert.equal(text.slice(spans[1]?.start, spans[1]?.end), 'third paragraph');
});

test('a quotation that opens a paragraph without closing continues into a paragraph opening with a mark', () => {
  const text = '“First part of a long statement.\n\n“Second part, closed now.”\n\nAfter.';
  const spans = findQuotedSpans(text, paragraphsOf(text));
  assert.deepEqual(
    spans.map((s) => [text.slice(s.start, s.end), s.continues]),
    [
      ['First part of a long statement.', false],
      ['Second part, closed now.', true],
    ],
  );
});

test('a stray closing mark is ignored', () => {
  assert.deepEqual(contents('This ends” oddly and “this is fine” here.'), ['this is fine']);
});
