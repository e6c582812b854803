import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField } from './export.ts';

test('CSV fields are quoted only when they hold a comma, quote or line break', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['line\nbreak', '"line\nbreak"'],
    [42, '42'],
    [null, ''],
  ];
  for (const [input, expected] of cases) assert.equal(csvField(input), expected);
});

test('cells that a spreadsheet would run as a formula are defused with a leading apostrophe', () => {
  assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvField('+7 000 troops'), "'+7 000 troops");
  assert.equal(csvField('-5'), "'-5");
  assert.equal(csvField('@cmd'), "'@cmd");
});
