import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Actor } from '../../core/analysis.ts';
import { actorsStage, extractActors } from './stage.ts';
import { keepNerSpan, NER_MIN_CONFIDENCE } from './propose-entities.ts';
import { ACRONYM_CONTEXT } from './scan-aliases.ts';

const find = (actors: readonly Actor[], id: string): Actor | undefined => actors.find((a) => a.id === id);

function assertWellFormed(text: string, actors: readonly Actor[]): void {
  const all = actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const m of all) {
    assert.ok(m.start >= previousEnd && m.end > m.start && m.end <= text.length, `bad span ${m.start}-${m.end}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    previousEnd = m.end;
  }
  for (const a of actors) {
    for (let i = 1; i < a.mentions.length; i++) assert.ok((a.mentions[i]?.start ?? 0) >= (a.mentions[i - 1]?.end ?? 0));
  }
  for (let i = 1; i < actors.length; i++) assert.ok((actors[i]?.mentions[0]?.start ?? 0) >= (actors[i - 1]?.mentions[0]?.start ?? 0));
}

test('sentences link names, titles, roles, metonyms and demonyms to KB actors', () => {
  const table: [string, string | null, string, string, string][] = [
    // text, date, expected actor id, expected mention text, expected form
    [
      'Russian Foreign Minister Sergei Lavrov said talks would go on.',
      '2022-02-15',
      'kb:lavrov-sergei',
      'Russian Foreign Minister Sergei Lavrov',
      'name',
    ],
    ['The talks stalled, the Russian foreign minister said.', '2022-02-15', 'kb:lavrov-sergei', 'the Russian foreign minister', 'role'],
    ['The British prime minister flew to Balmoral.', '2022-09-10', 'kb:truss-liz', 'The British prime minister', 'role'],
    ['The British prime minister flew to Balmoral.', '2022-09-01', 'kb:johnson-boris', 'The British prime minister', 'role'],
    ['President Zelenskyy spoke to parliament.', '2023-01-10', 'kb:zelensky-volodymyr', 'President Zelenskyy', 'surname'],
    ['Mr Putin denied it.', null, 'kb:putin-vladimir', 'Putin', 'surname'],
    ['The Kremlin rejected the offer.', null, 'kb:rus', 'The Kremlin', 'metonym'],
    ['Moscow said it would respond.', null, 'kb:rus', 'Moscow', 'metonym'],
    ['The Russians were expected to attack.', null, 'kb:rus', 'The Russians', 'demonym'],
    ['Downing Street declined to comment.', null, 'kb:gbr', 'Downing Street', 'metonym'],
    ['Defence Minister Reznіkov visited the front.', '2022-05-01', 'kb:reznikov-oleksii', 'Defence Minister Reznіkov', 'surname'],
    [
      'NATO Secretary-General Jens Stoltenberg warned Moscow.',
      '2022-02-16',
      'kb:stoltenberg-jens',
      'NATO Secretary-General Jens Stoltenberg',
      'name',
    ],
    ['Robert O’Brien met the delegation.', null, 'kb:obrien-robert', 'Robert O’Brien', 'name'],
    ['the Russian army moved closer', null, 'kb:rus-military', 'the Russian army', 'name'],
  ];
  for (const [text, date, id, mention, form] of table) {
    const actors = extractActors(text, date);
    const actor = find(actors, id);
    assert.ok(actor !== undefined, `${text} → ${id}; got ${actors.map((a) => a.id).join(', ')}`);
    assert.equal(actor.mentions[0]?.text, mention, text);
    assert.equal(actor.mentions[0]?.form, form, text);
    assertWellFormed(text, actors);
  }
});

test('unknown people get a local id and the role from their title or apposition', () => {
  const table: [string, string, string][] = [
    ['Nikola Mikovic, a political analyst in Serbia, disagreed.', 'Nikola Mikovic', 'political analyst'],
    [
      'It was confirmed by the deputy director of the Second European Department, Alexei Zaitsev, on Friday.',
      'Alexei Zaitsev',
      'deputy director of the Second European Department',
    ],
    ['Deputy Foreign Minister Andrei Rudenko said so.', 'Andrei Rudenko', 'deputy foreign minister'],
  ];
  for (const [text, name, role] of table) {
    const actor = extractActors(text, '2022-02-15').find((a) => a.name === name);
    assert.ok(actor !== undefined, text);
    assert.match(actor.id, /^local:\d+$/u);
    assert.equal(actor.kind, 'person');
    assert.ok(actor.role?.includes(role), `${actor.role} ⊇ ${role}`);
  }
});

test('a surname after a full-name mention is the same person', () => {
  const text = 'Boris Johnson spoke first. Later Johnson added that Nikola Mikovic, an analyst, agreed; Mikovic smiled.';
  const actors = extractActors(text, '2022-02-15');
  assert.deepEqual(
    find(actors, 'kb:johnson-boris')?.mentions.map((m) => m.text),
    ['Boris Johnson', 'Johnson'],
  );
  assert.deepEqual(
    actors.find((a) => a.name === 'Nikola Mikovic')?.mentions.map((m) => m.text),
    ['Nikola Mikovic', 'Mikovic'],
  );
  assert.equal(extractActors('Johnson spoke.', '2022-02-15').length, 0, 'an ambiguous surname alone links nowhere');
});

test('states used only as places become locations; acting states stay states', () => {
  const actors = extractActors('Troops in Belarus stayed. Poland said it was worried.', null);
  assert.equal(find(actors, 'kb:blr')?.kind, 'location');
  assert.equal(find(actors, 'kb:pol')?.kind, 'state');
  assert.equal(find(extractActors('Talks were held in Moscow.', null), 'kb:rus'), undefined);
});

test('demonym adjectives are not mentions of the state', () => {
  assert.deepEqual(extractActors('Russian aims are limited.', null), []);
});

test('acronyms match only as written and not inside an all-capitals passage', () => {
  assert.ok(find(extractActors('The US said no.', null), 'kb:usa'));
  assert.equal(find(extractActors('Let us say no.', null), 'kb:usa'), undefined);
  const shouting = 'THE US SAID NO TO EVERY SINGLE DEMAND MADE ON THAT DAY';
  assert.equal(find(extractActors(shouting, null), 'kb:usa'), undefined);
  // Edge of ACRONYM_CONTEXT: a lowercase letter just inside the window counts, just outside does not.
  const inside = `x${' '.repeat(ACRONYM_CONTEXT - 1)}US SAID`;
  const outside = `x${' '.repeat(ACRONYM_CONTEXT)}US SAID`;
  assert.ok(find(extractActors(inside, null), 'kb:usa'));
  assert.equal(find(extractActors(outside, null), 'kb:usa'), undefined);
});

test('tagger spans are kept from the confidence threshold up', () => {
  const text = 'They met Nikola Mikovic there.';
  const span = { start: 9, end: 23, type: 'PER' as const, text: 'Nikola Mikovic' };
  assert.equal(keepNerSpan(text, { ...span, confidence: NER_MIN_CONFIDENCE }), true);
  assert.equal(keepNerSpan(text, { ...span, confidence: NER_MIN_CONFIDENCE - 0.001 }), false);
  assert.equal(keepNerSpan(text, { ...span, type: 'LOC', confidence: 1 }), false);
});

test('bad input: no capitals, all capitals, a wall of capitalised words, diacritics', () => {
  const wall = Array.from({ length: 10_000 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ');
  for (const text of [
    '',
    'no capitals here at all, just words.',
    'ALL CAPITALS PUTIN SAID RUSSIA WOULD WIN',
    wall,
    'Slavoj Žižek and Mevlüt Çavuşoğlu met O’Brien.',
  ]) {
    const actors = extractActors(text, '2022-02-15');
    assertWellFormed(text, actors);
  }
  assert.ok(find(extractActors('Mevlüt Çavuşoğlu met Cavusoglu.', '2022-02-15'), 'kb:cavusoglu-mevlut'));
});

test('for any text, mentions are inside the text, sorted and non-overlapping, and nothing throws', () => {
  const word = fc.constantFrom(
    'Putin',
    'the',
    'Kremlin',
    'Moscow',
    'said',
    'in',
    'US',
    'Russian',
    'army',
    'President',
    'Biden',
    ',',
    'Mr',
    'Žižek',
    'of',
    'France',
    '’s',
    '\n\n',
    'NATO',
    'a',
    'analyst',
  );
  fc.assert(
    fc.property(
      fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 40 }),
      fc.option(fc.constantFrom('2022-02-15', '2015-01-01')),
      (words, date) => {
        const text = words.join(' ');
        assertWellFormed(text, extractActors(text, date));
      },
    ),
    { numRuns: 300 },
  );
});

test('the stage reads the article date from its input and returns only actors', () => {
  const text = 'The Russian foreign minister met Antony Blinken.';
  const produced = actorsStage.run(
    { text, paragraphs: [{ start: 0, end: text.length }], published: '2022-01-21', language: 'en' },
    { sentences: [], actors: [], quotes: [], times: [], events: [], diagnostics: [] },
  );
  assert.deepEqual(Object.keys(produced), ['actors']);
  assert.deepEqual(
    produced.actors?.map((a) => [a.id, a.role]),
    [
      ['kb:lavrov-sergei', 'foreign minister of Russia'],
      ['kb:blinken-antony', 'secretary of state of the United States'],
    ],
  );
});

test('a person acts for their IGO while holding its office, for their state otherwise', () => {
  const text = 'Jens Stoltenberg spoke.';
  assert.equal(extractActors(text, '2022-02-16')[0]?.country, 'IGO');
  assert.equal(extractActors(text, '2025-06-01')[0]?.country, 'NOR');
});
