import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BYLINE_CHARS, chooseByline, cleanByline } from './byline.ts';

test('strips the byline label in several languages', () => {
  const table: [string, string][] = [
    ['By Ana Lima', 'Ana Lima'],
    ['BY: Ana Lima', 'Ana Lima'],
    ['Por Ana Lima', 'Ana Lima'],
    ['Von  Ana Lima', 'Ana Lima'],
    ['Ana Lima', 'Ana Lima'],
    ['By Ana Lima, February 15, 2022', 'Ana Lima'],
    ['Ana Lima | 15.02.2022 10:32', 'Ana Lima'],
  ];
  for (const [raw, name] of table) assert.equal(cleanByline(raw), name, raw);
});

test('refuses URLs, handles and texts longer than a name list', () => {
  assert.equal(cleanByline('https://example.org/staff/ana'), null);
  assert.equal(cleanByline('@analima'), null);
  assert.equal(cleanByline('15 February 2022'), null);
  assert.equal(cleanByline('by'), null);
  assert.equal(cleanByline('Bygones Smith'), 'Bygones Smith');
  assert.equal(cleanByline('Фото: Алексей Меринов'), null);
  assert.equal(cleanByline('Photo: Ana Lima'), null);
  assert.equal(cleanByline('a'.repeat(MAX_BYLINE_CHARS)), 'a'.repeat(MAX_BYLINE_CHARS));
  assert.equal(cleanByline('a'.repeat(MAX_BYLINE_CHARS + 1)), null);
});

test('joins JSON-LD authors and otherwise takes the first usable value', () => {
  assert.equal(chooseByline(['Ana Lima', 'Tom Berg', 'Ana Lima'], ['Someone Else']), 'Ana Lima, Tom Berg');
  assert.equal(chooseByline([], ['https://example.org/ana', 'By Tom Berg']), 'Tom Berg');
  assert.equal(chooseByline([], []), null);
});
