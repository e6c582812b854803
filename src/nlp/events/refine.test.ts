import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../core/analysis.ts';
import { splitSentences } from '../sentences/split.ts';
import { extractEvents } from './index.ts';

function code(text: string): Event[] {
  return extractEvents(text, splitSentences(text, [{ start: 0, end: text.length }]), { published: '2022-02-16' });
}

const main = (events: readonly Event[]): Event | undefined =>
  events.reduce<Event | undefined>((best, e) => (best === undefined || e.confidence > best.confidence ? e : best), undefined);

test('a speaker reporting a third party’s use of force accuses it, and the accusation is the main event', () => {
  const events = code('Tanzania said that Malawi had attacked Zambia.');
  const accuse = events.find((e) => e.type === 'ACCUSE');
  assert.equal(accuse?.source?.country, 'TZA');
  assert.equal(accuse?.target?.country, 'MWI');
  assert.equal(accuse?.modality, 'asserted');
  assert.equal(accuse?.trigger.text, 'said');
  assert.equal(main(events), accuse);
  // The act itself stays a claimed event.
  assert.equal(events.find((e) => e.type === 'ASSAULT')?.modality, 'claimed');
  // So does one done to the speaker itself.
  assert.equal(code('Sweden said a rocket was fired at it from Norway.').find((e) => e.type === 'ACCUSE')?.target?.country, 'NOR');
});

test('no accusation for the speaker’s own act, a future act, or an act buried in a further clause', () => {
  assert.equal(
    code('Tanzania said that it had attacked Zambia.').find((e) => e.type === 'ACCUSE'),
    undefined,
  );
  assert.equal(
    code('Tanzania said that Malawi will attack Zambia.').find((e) => e.type === 'ACCUSE'),
    undefined,
  );
  assert.equal(
    code('Chile said it will send experts to identify people killed by Peruvian shelling.').find((e) => e.type === 'ACCUSE'),
    undefined,
  );
});

test('another party’s report of a future act is no stated intent of the actor', () => {
  const events = code('Tanzania said Malawi will send troops to Zambia.');
  assert.deepEqual(
    events.map((e) => [e.type, e.modality]),
    [['MOBILIZE', 'future']],
  );
  // The actor's own announcement is.
  assert.ok(code('Malawi said it will send troops to Zambia.').some((e) => e.type === 'THREATEN'));
});

test('a promised act is kept as a future event beside the pledge, which stays the main event', () => {
  const events = code('Chile has agreed to lift the sanctions on Bolivia.');
  assert.deepEqual(
    events.map((e) => [e.type, e.modality, e.target?.country]),
    [
      ['AGREE', 'asserted', 'BOL'],
      ['RETREAT', 'future', 'BOL'],
    ],
  );
  assert.equal(main(events)?.type, 'AGREE');
  // The pledge is the statement: no second stated intent from the promised act.
  const expel = code('Chile has pledged to expel the Bolivian diplomats.');
  assert.deepEqual(expel.map((e) => e.type).sort(), ['AGREE', 'SANCTION']);
});

test('a nominal or passive request absorbs its to-infinitive: the requested act is not asserted', () => {
  for (const text of [
    'Kenya faces pressure from Uganda to expel the diplomats.',
    'Kenya is being pressured by Uganda to expel the diplomats.',
  ])
    assert.deepEqual(
      code(text).map((e) => [e.type, e.source?.country, e.target?.country]),
      [['REQUEST', 'UGA', 'KEN']],
      text,
    );
});
