import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from './context.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { proposeInstitutions } from './propose-institutions.ts';

const run = (text: string) =>
  proposeInstitutions(buildContext(text, defaultKnowledgeBase(), null)).map((c) => [
    text.slice(c.start, c.end),
    c.target.type === 'kb' ? c.target.id : '',
  ]);

test('a state prefix plus an institution word is that state institution', () => {
  const table: [string, string[][]][] = [
    ['the Russian army advanced', [['the Russian army', 'rus-military']]],
    [
      'Russian troops and Russian forces',
      [
        ['Russian troops', 'rus-military'],
        ['Russian forces', 'rus-military'],
      ],
    ],
    ['according to U.S. intelligence', [['U.S. intelligence', 'usa-intelligence']]],
    ['The Biden administration said', [['The Biden administration', 'usa-government']]],
    ['the Russian Ministry of Defense said', [['the Russian Ministry of Defense', 'rus-defence-ministry']]],
    ['Western intelligence services claim', [['Western intelligence services', 'the-west-intelligence']]],
    ['Biden troops', []],
  ];
  for (const [text, expected] of table) assert.deepEqual(run(text), expected, text);
});

test('coordinated prefixes share the institution: "US and UK governments"', () => {
  assert.deepEqual(run('officials in US and UK governments'), [
    ['US', 'usa-government'],
    ['UK governments', 'gbr-government'],
  ]);
});
