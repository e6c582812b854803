import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrinkError } from '../../../core/errors.ts';
import { defaultKnowledgeBase, loadActorFiles, parseActorLines } from './load.ts';
import { holdersOn, roleOn } from './index.ts';

const person = (id: string, extra = ''): string =>
  `{"id":"${id}","kind":"person","name":"Test ${id}","country":"RUS","aliases":[],"roles":[]${extra}}`;

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brink-actors-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('a line with a JSON syntax error is reported with its file and line', () => {
  assert.throws(
    () => parseActorLines(`${person('a')}\n{"id": "b",\n`, 'mine.jsonl'),
    (e: unknown) =>
      e instanceof BrinkError && e.kind === 'input' && /mine\.jsonl:2/u.test(e.message) && /^Unexpected JSON syntax/u.test(e.message),
  );
});

test('a record that breaks the schema names the file, line and field', () => {
  const bad = '{"id":"x","kind":"person","name":"X","country":"RUS","roles":[{"title":"president","of":"RUS","from":"2022-13","to":null}]}';
  assert.throws(() => parseActorLines(bad, 'f.jsonl'), /f\.jsonl:1 in field "roles\.0\.from"/u);
});

test('a duplicate id across files names both places and loads nothing', () => {
  const a = tempFile('a.jsonl', `${person('dup')}\n`);
  const b = tempFile('b.jsonl', `// comment\n${person('other')}\n${person('dup')}\n`);
  assert.throws(() => loadActorFiles([a, b]), /duplicate actor id "dup" at .*b\.jsonl:3.*first defined at .*a\.jsonl:1/u);
});

test('a missing user file is an input error, not a crash', () => {
  assert.throws(
    () => loadActorFiles(['/nonexistent/actors.jsonl']),
    (e: unknown) => e instanceof BrinkError && e.kind === 'input',
  );
});

test('user files merge: their people link like shipped ones', () => {
  const file = tempFile(
    'u.jsonl',
    '{"id":"mikovic-nikola","kind":"person","name":"Nikola Mikovic","country":"SRB","aliases":[],"roles":[]}\n',
  );
  const kb = loadActorFiles([file]);
  assert.equal(kb.records.get('mikovic-nikola')?.name, 'Nikola Mikovic');
});

test('the shipped knowledge base covers every UN member plus Kosovo, Taiwan and Palestine', () => {
  const kb = defaultKnowledgeBase();
  assert.ok(kb.states.size >= 196, `states: ${kb.states.size}`);
  for (const code of ['XKX', 'TWN', 'PSE', 'RUS', 'UKR', 'USA', 'TUV']) assert.ok(kb.states.has(code), code);
  for (const code of ['NATO', 'EU', 'UN', 'OSCE', 'IAEA', 'G7', 'G20', 'CSTO', 'ICC', 'IMF', 'WB', 'COE', 'EC'])
    assert.ok(kb.igos.has(code), code);
});

test('date-bounded roles give the holder on the day, at both edges of a term', () => {
  const kb = defaultKnowledgeBase();
  const table: [string, string, string, string[]][] = [
    ['foreign minister', 'RUS', '2022-02-15', ['Sergei Lavrov']],
    ['prime minister', 'GBR', '2022-09-10', ['Liz Truss']],
    ['prime minister', 'GBR', '2022-09-05', ['Boris Johnson']],
    ['prime minister', 'GBR', '2022-10-26', ['Rishi Sunak']],
    ['defence minister', 'UKR', '2023-09-05', ['Oleksii Reznikov']],
    ['defence minister', 'UKR', '2023-09-06', ['Rustem Umerov']],
    ['secretary-general', 'NATO', '2024-10-02', ['Mark Rutte']],
    ['chancellor', 'DEU', '2022-02-17', ['Olaf Scholz']],
  ];
  for (const [title, of, date, names] of table)
    assert.deepEqual(
      holdersOn(kb, title, of, date).map((p) => p.name),
      names,
      `${title} ${of} ${date}`,
    );
  assert.deepEqual(holdersOn(kb, 'foreign minister', 'RUS', null), [], 'no date, no guess');
  const lavrov = kb.records.get('lavrov-sergei');
  assert.ok(lavrov?.kind === 'person');
  assert.equal(roleOn(kb, lavrov, '2022-02-15'), 'foreign minister of Russia');
});

test('a role pointing at an unknown state or IGO is reported with file and line', () => {
  const line = person('r').replace('"roles":[]', '"roles":[{"title":"president","of":"XYZ","from":"2020-01-01","to":null}]');
  const file = tempFile('r.jsonl', `${line}\n`);
  assert.throws(() => loadActorFiles([file]), /role target "XYZ" at .*r\.jsonl:1/u);
});
