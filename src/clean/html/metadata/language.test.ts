import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseLanguage, dayFirstOf, primaryLanguage } from './language.ts';

test('reduces tags and locales to the primary language subtag', () => {
  const table: [string | null, string | null][] = [
    ['en-GB', 'en'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['de, en', 'de'],
    ['fil', 'fil'],
    ['english', null],
    ['', null],
    [null, null],
  ];
  for (const [value, tag] of table) assert.equal(primaryLanguage(value), tag, String(value));
});

test('takes the first valid candidate', () => {
  assert.equal(chooseLanguage([null, 'spanish', 'es_ES']), 'es');
});

test('reads numeric date order from the locale and refuses to guess for bare English', () => {
  assert.equal(dayFirstOf(['en-US']), false);
  assert.equal(dayFirstOf(['en-GB']), true);
  assert.equal(dayFirstOf(['fr']), true);
  assert.equal(dayFirstOf(['en']), null);
  assert.equal(dayFirstOf(['en', 'en_US']), false);
  assert.equal(dayFirstOf([]), null);
});
