import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../core/analysis.ts';
import { quotesOf } from './test-helpers.ts';

/** [content, speaker name, speaker span text] */
const who = (text: string, q: Quote): [string, string | null, string | null] => [
  q.text,
  q.speaker?.name ?? null,
  q.speaker?.span ? text.slice(q.speaker.span.start, q.speaker.span.end) : null,
];
const of = (text: string): [string, string | null, string | null][] => quotesOf(text).map((q) => who(text, q));

test('an apposition the tagger misreads still sits between the name and the cue', () => {
  const text = 'Senator Karl Ostrov, wearing a T-shirt covered in buttons, said he is proud of the campaign.';
  assert.deepEqual(of(text), [['he is proud of the campaign', 'Karl Ostrov', 'Senator Karl Ostrov, wearing a T-shirt covered in buttons']]);
  // Only a name that opens the clause: a lower-case phrase is not taken across the commas.
  assert.deepEqual(of('The plan, drafted in haste, said the border would reopen.'), []);
});

test('the speaker span keeps a relative clause and a closing apposition, as PolNeAR SOURCE spans do', () => {
  assert.deepEqual(of('“We won,” said Karl Ostrov, who bought the farm in 2006.'), [
    ['We won,', 'Karl Ostrov', 'Karl Ostrov, who bought the farm in 2006'],
  ]);
  assert.deepEqual(of('“We lost,” said Lena Vos, co-director of the Center for Policy and Research, a think tank.'), [
    ['We lost,', 'Lena Vos', 'Lena Vos, co-director of the Center for Policy and Research, a think tank'],
  ]);
  assert.deepEqual(of('“We lost,” said Lena Vos, adding that the count was wrong.').slice(0, 1), [['We lost,', 'Lena Vos', 'Lena Vos']]);
});

test('a party-and-state parenthesis belongs to the speaker phrase, not to the name', () => {
  assert.deepEqual(of('Governor Rick Scott (R) said the state had spent the funds.'), [
    ['the state had spent the funds', 'Rick Scott', 'Governor Rick Scott (R)'],
  ]);
});

test('an "according to" source runs to the comma that opens the content', () => {
  const text = 'According to early results of exit polls conducted for the networks, most voters were undecided.';
  assert.deepEqual(of(text), [
    [
      'most voters were undecided',
      'early results of exit polls conducted for the networks',
      'early results of exit polls conducted for the networks',
    ],
  ]);
});

test('an "according to" source the tagger misreads as a verb', () => {
  const text = 'Ostrov registered the firm in 2010, according to state corporate records.';
  assert.deepEqual(of(text), [['Ostrov registered the firm in 2010', 'state corporate records', 'state corporate records']]);
});

test('a place after the speaker’s head noun is part of the phrase, but the head speaks', async () => {
  const { runPipeline } = await import('../pipeline.ts');
  const speakerOf = (text: string) => {
    const [q] = runPipeline({ text, paragraphs: [{ start: 0, end: text.length }], published: '2022-01-29', language: 'en' }).quotes;
    return [q?.speaker?.country ?? null, q?.speaker?.span ? text.slice(q.speaker.span.start, q.speaker.span.end) : null];
  };
  assert.deepEqual(speakerOf('The Russian embassy in Dublin said that the exercises would move.'), [
    'RUS',
    'The Russian embassy in Dublin',
  ]);
  assert.deepEqual(speakerOf('The US ambassador in Moscow said that talks would go on.'), ['USA', 'The US ambassador in Moscow']);
});

test('"she" skips men named after a long title run and reaches the woman named before', async () => {
  const { runPipeline } = await import('../pipeline.ts');
  const text =
    'The delegation was led by Deputy Defence Minister Alexander Fomin. The American delegation was led by Wendy Sherman. She told reporters that the talks were useful.';
  const quotes = runPipeline({ text, paragraphs: [{ start: 0, end: text.length }], published: '2022-01-12', language: 'en' }).quotes;
  assert.equal(quotes.find((q) => q.text.startsWith('the talks'))?.speaker?.name, 'Wendy Sherman');
});

test('a name several comma segments back is the speaker of a loose apposition', () => {
  const text = 'Karla M. Ostrov, 63, a farmer raised in Chile, said she wanted change.';
  assert.deepEqual(of(text), [['she wanted change', 'Karla M. Ostrov', 'Karla M. Ostrov, 63, a farmer raised in Chile']]);
  // Still only a name that opens the clause.
  assert.deepEqual(of('The plan, 40 pages, drafted in haste, said the border would reopen.'), []);
});

test('a discourse adverb between the subject and the cue is skipped', () => {
  assert.deepEqual(of('Carter however said he would welcome the talks.'), [['he would welcome the talks', 'Carter', 'Carter']]);
  assert.deepEqual(of('Vos meanwhile said the border would reopen.'), [['the border would reopen', 'Vos', 'Vos']]);
});

test('a capitalised name ending in -ly is not skipped as an adverb', () => {
  assert.deepEqual(of('Jolly said he would be cautious in restructuring federal education spending.'), [
    ['he would be cautious in restructuring federal education spending', 'Jolly', 'Jolly'],
  ]);
});

test('a participle or a coordinated cue shares the subject of the verb of saying, not of its content', () => {
  const text = 'Karl Ostrov said Vos should leave the race, echoing a memo from the party chairman.';
  assert.deepEqual(
    of(text).map(([content, name]) => [content, name]),
    [
      ['Vos should leave the race', 'Karl Ostrov'],
      ['a memo from the party chairman', 'Karl Ostrov'],
    ],
  );
  const coordinated = 'The Ostrov campaign said he has not accepted any fees and suggested that the real question is who pays.';
  assert.deepEqual(
    of(coordinated).map(([, , span]) => span),
    ['The Ostrov campaign', 'The Ostrov campaign'],
  );
});

test('a past participle after a noun before the cue is a reduced relative in the subject', () => {
  assert.deepEqual(of('Voters polled said the economy mattered most.'), [['the economy mattered most', 'Voters polled', 'Voters polled']]);
  // A pronoun before it is a subject with a verb: no speaker phrase.
  assert.deepEqual(of('He attacked said nothing.'), []);
});
