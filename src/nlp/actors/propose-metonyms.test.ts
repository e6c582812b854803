import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from './context.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { proposeMetonyms } from './propose-metonyms.ts';

const run = (text: string) =>
  proposeMetonyms(buildContext(text, defaultKnowledgeBase(), null)).map((c) => [
    text.slice(c.start, c.end),
    c.rule,
    c.target.type === 'kb' ? c.target.id : c.target.kind,
  ]);

test('seats of government always stand for the state; capitals only when they act', () => {
  const table: [string, string[][]][] = [
    ['The Kremlin said no.', [['The Kremlin', 'metonym', 'rus']]],
    ['Bankova denied it.', [['Bankova', 'metonym', 'ukr']]],
    [
      'the White House and the Elysee agreed',
      [
        ['the White House', 'metonym', 'usa'],
        ['the Elysee', 'metonym', 'fra'],
      ],
    ],
    [
      'Washington warned Moscow',
      [
        ['Washington', 'capital-actor', 'usa'],
        ['Moscow', 'capital-actor', 'rus'],
      ],
    ],
    [
      'flights from Washington to Moscow',
      [
        ['Washington', 'capital-place', 'location'],
        ['Moscow', 'capital-place', 'location'],
      ],
    ],
    ['Brussels said the sanctions would stay.', [['Brussels', 'capital-actor', 'eu']]],
    ['BRUSSELS — Ministers met on Monday.', [['BRUSSELS', 'capital-place', 'location']]],
    ['Kyiv’s allies', [['Kyiv', 'capital-actor', 'ukr']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(run(text), expected, text);
});
