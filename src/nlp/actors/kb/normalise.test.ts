import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldKey, foldText } from './normalise.ts';
import { surnameOf } from './surnames.ts';

test('folding ignores case, diacritics, typographic apostrophes and Cyrillic look-alikes', () => {
  const table: [string, string][] = [
    ['Erdoğan', 'erdogan'],
    ['Žižek', 'zizek'],
    ['O’Brien', "o'brien"],
    ['Reznіkov', 'reznikov'],
    ['Sergei\u00a0Lavrov', 'sergei lavrov'],
  ];
  for (const [input, key] of table) assert.equal(foldKey(input), key, input);
});

test('folded text keeps every offset', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => foldText(s).length === s.length),
    { numRuns: 300 },
  );
});

test('surnames: particles, family-name-first names and suffixes', () => {
  const p = (name: string, country: string | null) => ({
    id: 'x',
    kind: 'person' as const,
    name,
    country,
    wikidata: null,
    aliases: [],
    roles: [],
  });
  const table: [string, string | null, string | null][] = [
    ['Ursula von der Leyen', 'DEU', 'von der Leyen'],
    ['Jean-Yves Le Drian', 'FRA', 'Le Drian'],
    ['Xi Jinping', 'CHN', 'Xi'],
    ['Joseph R. Biden Jr.', 'USA', 'Biden'],
    ['Pope Francis', 'VAT', null],
  ];
  for (const [name, country, surname] of table) assert.equal(surnameOf(p(name, country)), surname, name);
});
