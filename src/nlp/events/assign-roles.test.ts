import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../core/analysis.ts';
import { splitSentences } from '../sentences/split.ts';
import { extractEvents } from './index.ts';

function code(text: string): Event[] {
  return extractEvents(text, splitSentences(text, [{ start: 0, end: text.length }]), { published: '2022-02-16' });
}

/** [type, source country, target country] of each event, in order. */
const roles = (text: string): (string | null)[][] => code(text).map((e) => [e.type, e.source?.country ?? null, e.target?.country ?? null]);

test('an agentless passive use of force: the victims are the target, never the source', () => {
  // The actor modifying the act it was done with is its agent; the place of the victims its target.
  assert.deepEqual(roles('Three farmers were killed in Turkish drone strikes in northern Iraq.')[0], ['ASSAULT', 'TUR', 'IRQ']);
  // The victims' nationality is the target; with no agent named, the foreign country it happened
  // in is the best guess at its source (a low-confidence 'place' rule, never an accusation).
  assert.deepEqual(roles('There were five Chilean sailors killed in Peru yesterday.')[0], ['ASSAULT', 'PER', 'CHL']);
  // Where the shot came from is its origin, the object of "at" its target.
  const fired = code('Sweden said a rocket was fired at it from Norway.').find((e) => e.type === 'ASSAULT');
  assert.equal(fired?.source?.country, 'NOR');
  assert.equal(fired?.target?.country, 'SWE');
  // A nominal act in the phrase after a victim's passive: its subject is the victim.
  assert.deepEqual(roles('Two Iraqi soldiers were killed in a bombing in Mosul.')[0], ['ASSAULT', null, 'IRQ']);
});

test('an agentless passive arrest is done by the state where it happens, else by the patient’s own', () => {
  assert.deepEqual(roles('Two Danish journalists were detained in Belarus.')[0], ['COERCE', 'BLR', 'DNK']);
  assert.deepEqual(roles('Several Venezuelan officers had been arrested.')[0], ['COERCE', 'VEN', 'VEN']);
});

test('a passive agent is the phrase right after "by"; the patient is no actor inside a phrase', () => {
  assert.deepEqual(roles('Civilians shelled by Serbian artillery fled.')[0], ['ASSAULT', 'SRB', null]);
  const freed = code('The hostages jailed for marching against Baku were freed by Iraq.').find((e) => e.type === 'RETREAT');
  assert.equal(freed?.source?.country, 'IRQ');
  assert.equal(freed?.target?.country ?? null, null);
});

test('a nominal act that is the subject of a passive takes its "by" agent', () => {
  assert.deepEqual(roles('Accusations against Peru were presented by Chile.')[0], ['ACCUSE', 'CHL', 'PER']);
});

test('the subject of a verb of undergoing is the target of the act it undergoes', () => {
  assert.deepEqual(roles('Kenya faces pressure from Uganda to close the border.')[0], ['REQUEST', 'UGA', 'KEN']);
});

test('receiving is the giver’s act: the actor after "from" is the source', () => {
  assert.deepEqual(roles('Armenian rebels received weapons from Iran.'), [['AID', 'IRN', 'ARM']]);
  assert.deepEqual(roles('Moldova received loans from Romania.'), [['AID', 'ROU', 'MDA']]);
  assert.deepEqual(roles('Taiwan received assurances from Japan.'), [['AGREE', 'JPN', 'TWN']]);
});

test('"X wants Y to <act>" is a request to Y; "X wants to <act>" is X’s own plan', () => {
  assert.deepEqual(roles('Germany wants Poland to expel the diplomats.'), [['REQUEST', 'DEU', 'POL']]);
  const plan = code('Germany wants to expel the diplomats.');
  assert.deepEqual(
    plan.map((e) => [e.type, e.modality]),
    [['SANCTION', 'future']],
  );
});

test('the object of a verb before a to-infinitive, conjuncts included, is the infinitive’s subject', () => {
  // The requested act is the request's content (absorbed), and its object the request's target.
  assert.deepEqual(roles('Norway pressed Sweden and Finland to lift the ban.'), [
    ['REQUEST', 'NOR', 'SWE'],
    ['REQUEST', 'NOR', 'FIN'],
  ]);
});

test('a plural pronoun after a conjoined subject stands for every conjunct', () => {
  const attacks = code('Kenya and Uganda said they will attack Somalia.').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(attacks.map((e) => e.source?.country).sort(), ['KEN', 'UGA']);
});

test('a closing attribution’s speaker is neither target nor agent of the act it reports', () => {
  const events = code('Bolivia and Chile will deepen their partnership, Peruvian officials said on Monday.');
  assert.ok(events.length > 0);
  for (const e of events) assert.notEqual(e.target?.country, 'PER', e.rule);
});

test('agentless force on one country’s people inside another: that other country is the guessed source', () => {
  const [killed] = code('There were twelve Turkish soldiers killed in Syria on Sunday.');
  assert.deepEqual([killed?.type, killed?.source?.country, killed?.target?.country], ['ASSAULT', 'SYR', 'TUR']);
  assert.match(killed?.rule ?? '', /\/place\//u);
  // The victims' own country names no foreign agent; a place flown over is not where the act was done.
  assert.deepEqual(roles('Two Iraqi soldiers were killed in a bombing in Mosul.')[0], ['ASSAULT', null, 'IRQ']);
  assert.deepEqual(roles('A Dutch airliner was shot down over Syria.')[0]?.[1], null);
});

test('"X was behind <act>" and "X claimed responsibility for <act>" name the act’s author', () => {
  const behind = code('Washington believes Iran was behind the drone attacks on Saudi Arabia.').find((e) => e.type === 'ASSAULT');
  assert.deepEqual([behind?.source?.country, behind?.target?.country], ['IRN', 'SAU']);
  assert.deepEqual(roles('Hezbollah claimed responsibility for the attack on Israel.')[0], ['ASSAULT', 'LBN', 'ISR']);
});

test('the actor of an "against" phrase is the target of a sanction, not the place after "to"', () => {
  const bans = code('Australia announced travel bans to Australia against six generals of the Iranian army.').find(
    (e) => e.type === 'COERCE',
  );
  assert.deepEqual([bans?.source?.country, bans?.target?.country], ['AUS', 'IRN']);
});

test('"give <something> to X to <act>": X does the act, and a refusal of it is aimed at X', () => {
  assert.deepEqual(roles('Merkel said she would not grant access to Turkey to help Syria.'), [['REJECT', 'DEU', 'TUR']]);
  const help = code('Germany gave permission to Poland to help Ukraine.').find((e) => e.type === 'AID');
  assert.deepEqual([help?.source?.country, help?.target?.country, help?.modality], ['POL', 'UKR', 'future']);
});

test('a coordinated verb after a comma borrows the first verb’s subject, never its prepositional object', () => {
  // The tagger reads "attack" as a noun; "Kosovo," before it is the object of "into", not its agent.
  // "they" is the discourse actor, not the quoted "we" (the speaker's side).
  const attack = code(
    'Armenia massed troops. “Everything we hear is they are going to cross into Georgia, attack Georgia,” the Turkish minister said.',
  ).find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.source?.country, 'ARM');
  assert.equal(attack?.target?.country, 'GEO');
  // A participle after a comma still describes the actor before it.
  assert.deepEqual(roles('Macron, meeting Scholz in Berlin, said Europe was united.')[0]?.slice(0, 2), ['CONSULT', 'FRA']);
});

test('a bare nominal act is not given to an actor the article shows receiving that type of act', () => {
  // Iran is the discourse actor (the latest of the most frequent sources) but has only been
  // sanctioned: the sanctions praised are the latest named sanctioner's.
  const text =
    'Canada sanctioned Iran. Canada sanctioned Iran again. Iran thanked Iraq. Iran thanked Iraq again. Iraq praised the sanctions.';
  const praised = code(text).filter((e) => e.type === 'SANCTION');
  assert.equal(praised.length, 3);
  assert.equal(praised[2]?.source?.country, 'CAN');
});

test('criticism in a background phrase ("after criticism") is nobody’s act in particular', () => {
  const events = code('Mexico criticised Cuba. Pemex said it would halt exports to Cuba after criticism over the shipments.');
  assert.equal(events.filter((e) => e.type === 'ACCUSE').length, 1);
});

test('a use of force its own side watches, aimed at no one, is a show of force by the watchers', () => {
  const shown = code('North Korean leader Kim Jong Un watched the launch of two cruise missiles, state media said.');
  assert.deepEqual(
    shown.map((e) => [e.type, e.cameo, e.source?.country ?? null]),
    [['MOBILIZE', '150', 'PRK']],
  );
  assert.match(shown[0]?.rule ?? '', /\/shown$/u);
  // Force aimed at someone is watched, not shown: it stays an assault, not the observers'.
  const watched = code('Russia massed troops. Observers from Poland watched the shelling of Kharkiv.').find(
    (e) => e.trigger.text === 'shelling',
  );
  assert.equal(watched?.type, 'ASSAULT');
  assert.notEqual(watched?.source?.country, 'POL');
});
