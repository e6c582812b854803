import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesPlaceList, isCapitalActor, isPlaceContext } from './resolve-place-vs-actor.ts';

test('a name after a locative preposition is a place, otherwise an actor', () => {
  const table: [string, string, boolean][] = [
    ['troops in Belarus stayed', 'Belarus', true],
    ['Belarus said it would', 'Belarus', false],
    ['forces moved to eastern Ukraine', 'Ukraine', true],
    ['an attack on Ukraine', 'Ukraine', false],
    ['missiles launched from the Ukraine', 'Ukraine', true],
    ['talks with Russia', 'Russia', false],
  ];
  for (const [text, name, place] of table) assert.equal(isPlaceContext(text, text.indexOf(name)), place, text);
});

test('a list started by a place continues as places', () => {
  const text = 'set up in Poland and Romania';
  assert.equal(continuesPlaceList(text, text.indexOf('Romania'), text.indexOf(' and'), true), true);
  assert.equal(continuesPlaceList(text, text.indexOf('Romania'), text.indexOf(' and'), false), false);
});

test('a capital acts when a speech or act verb, a possessive or a party preposition goes with it', () => {
  const table: [string, boolean][] = [
    ['Moscow said on Monday', true],
    ['Moscow’s demands', true],
    ["Moscow's demands", true],
    ['a panicked New Delhi finally advised', true],
    ['talks with Moscow ended', true],
    ['a press conference in Moscow, Putin', false],
    ['flights to Moscow resumed', false],
  ];
  for (const [text, actor] of table) {
    const name = text.includes('New Delhi') ? 'New Delhi' : 'Moscow';
    const start = text.indexOf(name);
    assert.equal(isCapitalActor(text, start, start + name.length), actor, text);
  }
});
