import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../core/analysis.ts';
import { extractActors } from './stage.ts';

/** Sentences split at ". " for the test texts, which have no abbreviations. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”]?(?:\s+|$)/gu)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end, paragraph: 0 });
    start = m.index + m[0].length;
  }
  return out;
}

const pronouns = (text: string) =>
  extractActors(text, '2022-02-15', { sentences: sentencesOf(text) }).flatMap((a) =>
    a.mentions.filter((m) => m.form === 'pronoun').map((m) => [m.text, a.name]),
  );

test('a subject pronoun links to the only person in reach', () => {
  const table: [string, string[][]][] = [
    ['Vladimir Putin spoke. He said Russia did not want war.', [['He', 'Vladimir Putin']]],
    ['“But,” he insisted, said Putin.', []],
    ['Putin met Olaf Scholz. He said talks would go on.', []],
    ['NATO met. He said nothing.', []],
    // PRONOUN_WINDOW = 2 sentences back: the edge links, one sentence more does not.
    ['Olaf Scholz arrived. Later, the weather was bad. She left.', [['She', 'Olaf Scholz']]],
    ['Olaf Scholz arrived. It rained. Later, the weather was bad. She left.', []],
    // A linked pronoun carries its person forward along the chain.
    [
      'Olaf Scholz arrived. It rained. She spoke. The weather was bad. She left.',
      [
        ['She', 'Olaf Scholz'],
        ['She', 'Olaf Scholz'],
      ],
    ],
  ];
  for (const [text, expected] of table) assert.deepEqual(pronouns(text), expected, text);
});

test('a pronoun after a closing quote links to the person named before it', () => {
  assert.deepEqual(pronouns('Putin said “the question must be resolved now,” he insisted.'), [['he', 'Vladimir Putin']]);
});
