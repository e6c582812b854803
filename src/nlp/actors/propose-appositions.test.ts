import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from './context.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { nameLike, proposeAppositions } from './propose-appositions.ts';

const run = (text: string) =>
  proposeAppositions(buildContext(text, defaultKnowledgeBase(), null)).map((c) => [
    text.slice(c.start, c.end),
    c.target.type === 'local' ? c.target.role : '',
  ]);

test('appositions give unknown people a role', () => {
  const table: [string, (string | null)[][]][] = [
    ['Nikola Mikovic, a political analyst in Serbia, said so.', [['Nikola Mikovic', 'political analyst']]],
    ['Jane O’Brien, a senior fellow at a think tank, said so.', [['Jane O’Brien', 'senior fellow']]],
    ['He met the head of the delegation, Ivan Petrov, on Friday.', [['Ivan Petrov', 'head of the delegation']]],
    ['Nikola Mikovic, a town in Serbia, is small.', []],
    ['On Wednesday, the Italian foreign minister was there.', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(run(text), expected, text);
  assert.equal(nameLike('On Wednesday'), false);
});
