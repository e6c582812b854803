import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractActors } from './stage.ts';

test('surname back-references join the person named in full, with an honorific in the span', () => {
  const table: [string, string, string[]][] = [
    ['Jane Doe, a senior analyst, spoke. Ms Doe added more.', 'Jane Doe', ['Jane Doe', 'Ms Doe']],
    ['Boris Johnson arrived. Mr Johnson left.', 'Boris Johnson', ['Boris Johnson', 'Mr Johnson']],
  ];
  for (const [text, name, mentions] of table) {
    const actor = extractActors(text, '2022-02-15').find((a) => a.name === name);
    assert.deepEqual(
      actor?.mentions.map((m) => m.text),
      mentions,
      text,
    );
  }
});

test('two people with one surname leave the bare surname unlinked', () => {
  const text = 'Boris Johnson met Mike Johnson. Johnson said no.';
  const actors = extractActors(text, '2024-01-10');
  const bare = text.lastIndexOf('Johnson');
  assert.ok(actors.every((a) => a.mentions.every((m) => m.start !== bare)));
});
