import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTH_LEXICONS, monthNameTable } from './month-names.ts';

test('every lexicon lists twelve months in lower case', () => {
  for (const lexicon of MONTH_LEXICONS) {
    assert.equal(lexicon.months.length, 12, lexicon.id);
    for (const spellings of lexicon.months) for (const name of spellings) assert.equal(name, name.toLowerCase(), name);
  }
});

test('no spelling names two different months across languages', () => {
  const months = new Map<string, number>();
  for (const lexicon of MONTH_LEXICONS) {
    lexicon.months.forEach((spellings, index) => {
      for (const name of spellings) {
        const earlier = months.get(name);
        assert.ok(earlier === undefined || earlier === index + 1, `${lexicon.id}: ${name}`);
        months.set(name, index + 1);
      }
    });
  }
  assert.equal(monthNameTable().get('février'), 2);
  assert.equal(monthNameTable().get('лютого'), 2);
});
