import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../core/analysis.ts';
import { quotesOf } from './test-helpers.ts';

const brief = (q: Quote): [string, string | null, string | null] => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null];

test('stance cues: the object phrase is the content', () => {
  const table: [string, [string, string | null, string | null][]][] = [
    ['Senator Lena Vos criticized the ministry on two fronts.', [['the ministry on two fronts', 'criticized', 'Lena Vos']]],
    ['Karl Ostrov endorsed Berg last week.', [['Berg last week', 'endorsed', 'Karl Ostrov']]],
    // A stance nested in another report is that report's content (PolNeAR: one attribution per token).
    ['Karl Ostrov endorsed Berg last week, aides said.', [['Karl Ostrov endorsed Berg last week', 'said', 'aides']]],
    ['Vos accused the envoy of stalling the talks.', [['the envoy of stalling the talks', 'accused', 'Vos']]],
    ['Critics called the offer an “ultimatum” and moved on.', [['the offer an “ultimatum”', 'called', 'Critics']]],
    ['Ostrov described the move as a “breach of trust,” and left.', [['the move as a “breach of trust,”', 'described', 'Ostrov']]],
    ['Berg called for a ceasefire in the east.', [['a ceasefire in the east', 'called for', 'Berg']]],
    ['Vos questioned whether the deal would hold.', [['whether the deal would hold', 'questioned', 'Vos']]],
  ];
  for (const [text, expected] of table) assert.deepEqual(quotesOf(text).map(brief), expected, text);
});

test('intent cues: the to-infinitive is the content', () => {
  assert.deepEqual(quotesOf('A spokesman for the ministry declined to comment.').map(brief), [
    ['to comment', 'declined', 'A spokesman for the ministry'],
  ]);
  assert.deepEqual(quotesOf('Vos wants to run for the presidency.').map(brief), [['to run for the presidency', 'wants', 'Vos']]);
  assert.deepEqual(quotesOf('Vos wants a new car.').map(brief), []);
});

test('a stance or intent cue never introduces a direct quotation', () => {
  const quotes = quotesOf('Vos praised the envoy: “He has done well.”');
  assert.ok(quotes.every((q) => q.cue?.text !== 'praised' || q.kind !== 'direct'));
});

test('verbs of saying with a noun object, and findings of polls and records', () => {
  assert.deepEqual(quotesOf('Minister Karl Ostrov announced his resignation.').map(brief), [
    ['his resignation', 'announced', 'Karl Ostrov'],
  ]);
  assert.deepEqual(quotesOf('Vos promised another.').map(brief), []);
  assert.deepEqual(quotesOf('A new poll showed Vos leading the field.').map(brief), [['Vos leading the field', 'showed', 'A new poll']]);
  assert.deepEqual(quotesOf('The hikers found the trail closed.').map(brief), []);
  // A gerund after another verb is no participle clause: nobody is reported.
  assert.deepEqual(quotesOf('He will never risk acknowledging his failures.').map(brief), []);
});

test('a belief with a bare clause: its holder opens the sentence, and "I think" is a hedge', () => {
  assert.deepEqual(quotesOf('Ostrov thinks the talks will fail.').map(brief), [['the talks will fail', 'thinks', 'Ostrov']]);
  assert.deepEqual(quotesOf('I think the talks will fail.').map(brief), []);
  assert.deepEqual(quotesOf('Vos said she thinks the talks will fail.').map(brief), [['she thinks the talks will fail', 'said', 'Vos']]);
});

test('more verbs of saying and stance: "wondered whether", "expressed concern"', () => {
  assert.deepEqual(quotesOf('Vos wondered whether the vote was fair.').map(brief), [['whether the vote was fair', 'wondered', 'Vos']]);
  assert.deepEqual(quotesOf('Ostrov expressed concern about the border.').map(brief), [
    ['concern about the border', 'expressed', 'Ostrov'],
  ]);
});

test('"sees X as Y" needs its "as"; a hyphenated "-backed" is a modifier', () => {
  assert.deepEqual(quotesOf('Voters see Vos as the stronger candidate.').map(brief), [['Vos as the stronger candidate', 'see', 'Voters']]);
  assert.deepEqual(quotesOf('Voters saw the film twice.').map(brief), []);
  assert.deepEqual(quotesOf('Moscow-backed rebels shelled the town.').map(brief), []);
});

test('topics, comparisons and requests', () => {
  assert.deepEqual(quotesOf('Vos discussed the border with reporters.').map(brief), [['the border with reporters', 'discussed', 'Vos']]);
  assert.deepEqual(quotesOf('Ostrov likened the plan to a trap.').map(brief), [['the plan to a trap', 'likened', 'Ostrov']]);
  assert.deepEqual(quotesOf('The mayor requested the army to leave the city.').map(brief), [
    ['the army to leave the city', 'requested', 'mayor'],
  ]);
  // A command carried out is an event, not a quote.
  assert.deepEqual(quotesOf('The general ordered the troops to leave the city.').map(brief), []);
});

test('"know" with a bare clause, and "made clear that"', () => {
  assert.deepEqual(quotesOf('The voters know the deal is dead.').map(brief), [['the deal is dead', 'know', 'voters']]);
  assert.deepEqual(quotesOf('You know the deal is dead.').map(brief), []);
  assert.deepEqual(quotesOf('Vos made clear that the border stays shut.').map(brief), [['the border stays shut', 'made clear', 'Vos']]);
});
