import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

const texts = (text: string): string[] => quotesOf(text).map((q) => q.text);

test('a cue in mid-sentence splits one statement into two fragments of the same quote', () => {
  const quotes = quotesOf('In his state, he said, first offenders are sent to treatment.');
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['In his state', 'first offenders are sent to treatment'],
  );
  assert.equal(quotes[0]?.cue?.start, quotes[1]?.cue?.start);
});

test('a quotation right after "that" is the content of the report', () => {
  assert.deepEqual(texts('He said that “as a nation, we have to do better.”'), ['as a nation, we have to do better.']);
});

test('a conditional between commas opens the content', () => {
  assert.deepEqual(texts('She said, if elected, she would ask Vos to stay.'), ['if elected, she would ask Vos to stay']);
});

test('a capitalised word the tagger reads as a verb still starts a clause', () => {
  assert.deepEqual(texts('The Times said Cook provided a written statement.'), ['Cook provided a written statement']);
});

test('the addressee of "told" belongs to the tail of a content-first report', () => {
  assert.deepEqual(texts('The union will sit out the election, director Phil Smith told POLITICO earlier this week.'), [
    'The union will sit out the election',
  ]);
});

test('a nested report at the start of a content leaves the outer content whole', () => {
  assert.deepEqual(texts('Vos said Wednesday that she called Ostrov after the vote to congratulate him.'), [
    'she called Ostrov after the vote to congratulate him',
  ]);
});

test('a noun-phrase content stops before a time or reason adjunct', () => {
  assert.deepEqual(texts('Vos endorsed Ostrov during a call with reporters.'), ['Ostrov']);
  assert.deepEqual(texts('Vos announced his resignation after the vote.'), ['his resignation']);
});

test('a report inside a sentence-initial subordinate clause ends at the main clause', () => {
  assert.deepEqual(texts('While Vos said that reporters cannot take sides, she seems uneasy about it.'), ['reporters cannot take sides']);
});

test('"asked" with an addressee before a question', () => {
  assert.deepEqual(texts('Tapper asked Ryan whether Republicans would hold the House.'), ['whether Republicans would hold the House']);
});

test('a quotation after a report in the same sentence still continues the direct speaker', () => {
  const text = '“It is good work,” Vos said, describing how she builds mixers. “People are like family here.”';
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name]),
    [
      ['It is good work,', 'Vos'],
      ['People are like family here.', 'Vos'],
    ],
  );
});

test('poll shares, gerund subjects and asides between commas', () => {
  assert.deepEqual(texts('47% say the army should stay.'), ['the army should stay']);
  assert.deepEqual(texts('Nearly a third say they do not know.'), ['they do not know']);
  assert.deepEqual(texts('The ministry says expanding the park will protect species.'), ['expanding the park will protect species']);
  assert.deepEqual(
    quotesOf('Democratic economists, like their Republican peers, say taxes encourage saving.').map((q) => q.speaker?.name),
    ['Democratic economists'],
  );
});

test('an inverted attribution after a reported content is cut off with its apposition', () => {
  const quotes = quotesOf('Polling shows that “the public is uneasy,” said Karl Ostrov, the editor of a magazine.');
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [['the public is uneasy,', 'Karl Ostrov']],
  );
});

test('a subject split by a medial cue keeps its predicate as the second fragment', () => {
  assert.deepEqual(texts('The golf industry, she said, is doing much better than last year.'), [
    'The golf industry',
    'is doing much better than last year',
  ]);
});

test('a relative clause or an apposition between commas in a bare clause subject stays in the content', () => {
  assert.deepEqual(texts('Vos said the ruling, which struck down the law, shows the stakes.'), [
    'the ruling, which struck down the law, shows the stakes',
  ]);
  assert.deepEqual(texts('Vos said the ruling, a landmark, shows the stakes.'), ['the ruling, a landmark, shows the stakes']);
  // No finite verb after the closing comma: no clause.
  assert.deepEqual(texts('Vos said the ruling, which struck down the law, surprising everyone.'), []);
});

test('a finding named by a capitalised word the tagger reads as a verb is still a noun-phrase content', () => {
  assert.deepEqual(texts('A new poll shows Ted Cruz 16 points ahead of Trump in Indiana.'), [
    'Ted Cruz 16 points ahead of Trump in Indiana',
  ]);
});

test('a conditional without a comma opens the content when a pronoun subject follows', () => {
  assert.deepEqual(texts('Cruz said if elected president he could work with the leadership.'), [
    'if elected president he could work with the leadership',
  ]);
  assert.deepEqual(texts('Cruz said if elected president.'), []);
});

test('"her" before an amount is a possessive that opens the clause', () => {
  assert.deepEqual(texts('Forbes said her $4.5 billion net worth was marked down to zero.'), [
    'her $4.5 billion net worth was marked down to zero',
  ]);
});

test('a quoted fragment right after the cue that the clause goes on from opens a mixed quote', () => {
  const quotes = quotesOf('Vos said “there could be” a line that the nominee crosses.');
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind]),
    [['“there could be” a line that the nominee crosses', 'mixed']],
  );
  // A conjunction after the quotation is the narrator's; a full quotation stays direct.
  assert.deepEqual(texts('Vos said “no” and left the room.'), []);
  assert.deepEqual(texts('Vos said “we will win.”'), ['we will win.']);
});
