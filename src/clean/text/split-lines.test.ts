import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesWrappedLine, splitLines } from './split-lines.ts';
import { THRESHOLDS } from './thresholds.ts';

test('each non-blank line is one unit, trimmed, inner no-break spaces kept', () => {
  assert.deepEqual(splitLines('  Home \n\n\nSergei\u00A0Lavrov said so.\n'), ['Home', 'Sergei\u00A0Lavrov said so.']);
});

test('a hard-wrapped paragraph is joined back into one unit', () => {
  const text =
    'The delegations met for three hours on Friday but could not\nagree on a date for the next round of talks.\n\nNext paragraph.';
  assert.deepEqual(splitLines(text), [
    'The delegations met for three hours on Friday but could not agree on a date for the next round of talks.',
    'Next paragraph.',
  ]);
});

test('the wrap length threshold is inclusive and sentence ends never join', () => {
  const at = 'a'.repeat(THRESHOLDS.wrapMinChars.value);
  assert.equal(continuesWrappedLine(at, 'continued'), true);
  assert.equal(continuesWrappedLine(at.slice(1), 'continued'), false);
  assert.equal(continuesWrappedLine(`${at}.`, 'continued'), false);
  assert.equal(continuesWrappedLine(at, 'Continued'), false);
});

test('lines across a blank line are never joined', () => {
  const long = 'x'.repeat(THRESHOLDS.wrapMinChars.value + 5);
  assert.deepEqual(splitLines(`${long}\n\nlower case start`), [long, 'lower case start']);
});
