import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContext } from './context.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { personLike, proposeDescriptions } from './propose-descriptions.ts';

const run = (text: string, date: string | null) =>
  proposeDescriptions(buildContext(text, defaultKnowledgeBase(), date)).map((c) => ({
    text: text.slice(c.start, c.end),
    rule: c.rule,
    target: c.target.type === 'kb' ? c.target.id : c.target.name,
  }));

test('role phrases resolve to the holder at the article date', () => {
  const table: [string, string | null, string, string, string][] = [
    ['the Russian president arrived', '2022-02-16', 'the Russian president', 'role-at-date', 'putin-vladimir'],
    ['the president of France said', '2022-02-16', 'the president of France', 'role-at-date', 'macron-emmanuel'],
    ['Ukraine’s president spoke', '2022-02-16', 'Ukraine’s president', 'role-at-date', 'zelensky-volodymyr'],
    ['the Russian leader smiled', '2022-02-16', 'the Russian leader', 'role-at-date', 'putin-vladimir'],
    ['the German chancellor said', '2020-01-01', 'the German chancellor', 'role-at-date', 'merkel-angela'],
    ['the US secretary of state flew', '2018-05-01', 'the US secretary of state', 'role-at-date', 'pompeo-mike'],
    ['the Kremlin spokesman said', '2022-02-16', 'the Kremlin spokesman', 'role-at-date', 'peskov-dmitry'],
    ['the British prime minister said', null, 'the British prime minister', 'role-unresolved', 'British prime minister'],
  ];
  for (const [text, date, span, rule, target] of table) assert.deepEqual(run(text, date), [{ text: span, rule, target }], text);
});

test('with no date a role resolves only to a named person who held it', () => {
  assert.deepEqual(
    run('Vladimir Putin met them; the Russian president smiled.', null).map((c) => c.target),
    ['putin-vladimir'],
  );
});

test('a title before a name covers the whole phrase; unknown names become local people', () => {
  assert.deepEqual(run('Russian Foreign Minister Sergei Lavrov said', '2022-02-15'), [
    { text: 'Russian Foreign Minister Sergei Lavrov', rule: 'title-name', target: 'lavrov-sergei' },
  ]);
  assert.deepEqual(run('Prime Minister Johnson said', '2022-02-15'), [
    { text: 'Prime Minister Johnson', rule: 'title-surname', target: 'johnson-boris' },
  ]);
  assert.deepEqual(run('Foreign Minister Jan Novak said', '2022-02-15'), [
    { text: 'Foreign Minister Jan Novak', rule: 'title-unknown', target: 'Jan Novak' },
  ]);
});

test('place and building names after a title are not people', () => {
  assert.equal(personLike('Army Airfield'), false);
  assert.equal(personLike('Jan Novak'), true);
  assert.deepEqual(run('flew to Pope Army Airfield', null), []);
});
