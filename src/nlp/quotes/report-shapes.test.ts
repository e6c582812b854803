/**
 * Report shapes of news prose that the quote rules read (PolNeAR conventions): late verbs in a
 * bare clause, the narrator's tails, medial cues, split quotations, speakers between commas and
 * "according to" after a colon or in a parenthesis. Sentences are invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../core/analysis.ts';
import { quotesOf } from './test-helpers.ts';

const texts = (text: string): string[] => quotesOf(text).map((q) => q.text);
const who = (q: Quote): [string, string | null] => [q.text, q.speaker?.name ?? null];
const of = (text: string): [string, string | null][] => quotesOf(text).map(who);

test('after a plain verb of saying, a bare clause may have its verb late', () => {
  // An aside with an adverb in the subject, and a long subject with quoted words.
  assert.deepEqual(texts('Vos said their lists of donors, almost all farmers until a few years ago, were now mostly city people.'), [
    'their lists of donors, almost all farmers until a few years ago, were now mostly city people',
  ]);
  assert.deepEqual(texts('Vos said the "old model" of rural banks with high fees and "very exclusive" clubs is in decline.'), [
    'the "old model" of rural banks with high fees and "very exclusive" clubs is in decline',
  ]);
  // Not for verbs with ordinary noun objects, and not for a noun phrase with no verb after it.
  assert.deepEqual(texts('Vos said the words of the old song from the valley of the river.'), []);
});

test('"that’s" after a verb of saying is the content’s subject, and "that," opens the content', () => {
  assert.deepEqual(texts('Vos said that’s what she had expected from the council.'), ['that’s what she had expected from the council']);
  assert.deepEqual(texts('Vos said that, in retrospect, the council had acted too slowly.'), [
    'in retrospect, the council had acted too slowly',
  ]);
});

test('a second report by the same speaker ends the first content', () => {
  assert.deepEqual(texts('Vos said the council would meet on Friday but added that nothing was settled yet.'), [
    'the council would meet on Friday',
    'nothing was settled yet',
  ]);
  assert.deepEqual(texts('Vos said the council would meet on Friday, saying, “We cannot wait any longer for this.”'), [
    'the council would meet on Friday',
    'We cannot wait any longer for this.',
  ]);
  assert.deepEqual(texts('Vos told the paper that the mayor “had a plan which was doomed,” adding, “He lost all the support he had.”'), [
    'the mayor “had a plan which was doomed,”',
    'He lost all the support he had.',
  ]);
  assert.deepEqual(texts('Vos said the harbour was safe, and he said, “I hope so.”'), ['the harbour was safe', 'I hope so.']);
});

test('a closing aside after a spaced dash is the narrator’s, a pair of dashes stays in the content', () => {
  assert.deepEqual(texts('Vos said the council would meet on Friday — a change from the usual Monday session.'), [
    'the council would meet on Friday',
  ]);
  assert.deepEqual(texts('Vos said the council — which rarely meets — would meet on Friday.'), [
    'the council — which rarely meets — would meet on Friday',
  ]);
  // A dash before a specifying adverb goes on with the speaker's words.
  assert.deepEqual(texts('Vos said the town kept its aims – primarily keeping the mill open for the winter.'), [
    'the town kept its aims – primarily keeping the mill open for the winter',
  ]);
});

test('a contrast clause is cut only when it reports on the speech', () => {
  assert.deepEqual(texts('Vos said the mill would reopen, but she did not say when.'), ['the mill would reopen']);
  assert.deepEqual(texts('Vos said the mill would reopen, but a storm had closed the road for now.'), [
    'the mill would reopen, but a storm had closed the road for now',
  ]);
});

test('an opener before a medial cue leaves the statement to the part after it', () => {
  assert.deepEqual(texts('Still, he said, officials have to decide who gets extra scrutiny.'), [
    'officials have to decide who gets extra scrutiny',
  ]);
  assert.deepEqual(texts('Still, officials have to decide who gets extra scrutiny, he said.'), [
    'officials have to decide who gets extra scrutiny',
  ]);
  // "But" is kept, as PolNeAR keeps it.
  assert.deepEqual(texts('But the council will meet again on Friday, Vos said.'), ['But the council will meet again on Friday']);
});

test('after a medial cue the sentence goes on with the speaker’s words, not after a time clause', () => {
  assert.deepEqual(texts('The old plan stood in the way, he said, by creating a false sense of safety among voters.'), [
    'The old plan stood in the way',
    'by creating a false sense of safety among voters',
  ]);
  assert.deepEqual(texts('The plan is dead, Vos said, as the crowd cheered loudly in the hall.'), ['The plan is dead']);
});

test('a cue after a quotation that ends with "?" or "!" binds across the split sentence', () => {
  assert.deepEqual(of('“Can we win the county?” Vos asked. “I do not know.”'), [
    ['Can we win the county?', 'Vos'],
    ['I do not know.', 'Vos'],
  ]);
  assert.deepEqual(of('“We will win the county!” he said.'), [['We will win the county!', 'he']]);
  // Not a cue in a later sentence.
  assert.deepEqual(of('“Can we win the county?” The crowd roared. Vos said nothing.'), []);
});

test('a quotation resumes after its cue and a long apposition of the speaker', () => {
  const text = '“The risk,” said Karl Vos, an economist who is the director of the Forecast Institute, “is that we lose the jobs.”';
  assert.deepEqual(of(text), [['is that we lose the jobs.', 'Karl Vos']]);
});

test('the speaker of "close to" and "familiar with" is the noun before them', () => {
  assert.deepEqual(of('People familiar with the talks said the deal would be signed on Friday.'), [
    ['the deal would be signed on Friday', 'People familiar with the talks'],
  ]);
  assert.equal(quotesOf('The mill will close in May, a source close to him said.')[0]?.speaker?.name, 'a source close to him');
});

test('a name between commas after a description speaks', () => {
  assert.deepEqual(of('One farmer not on the list, Kelly Vos, told the paper she was leaning toward Ostrov.'), [
    ['she was leaning toward Ostrov', 'Kelly Vos'],
  ]);
  assert.deepEqual(of('For now, Ann Vos, at the Institute for Policy, said the two towns have found a way to share the river.'), [
    ['the two towns have found a way to share the river', 'Ann Vos'],
  ]);
});

test('"according to" after a colon or in a parenthesis opens its clause; a clause after the source is not the source', () => {
  assert.deepEqual(of('It has not gone unnoticed: according to recent polls, Vos holds only 14 percent of the vote.'), [
    ['Vos holds only 14 percent of the vote', 'recent polls'],
  ]);
  assert.deepEqual(of('(According to the harbour police, the office keeps no figures on theft.)'), [
    ['the office keeps no figures on theft', 'harbour police'],
  ]);
  const quote = quotesOf('Vos has won 75 pledged delegates, according to a county tally, but her path is narrowing.')[0];
  assert.equal(quote?.text, 'Vos has won 75 pledged delegates');
  assert.equal(quote?.speaker?.name, 'a county tally');
});

test('an "as" clause with a verb of saying attributes the rest of the sentence', () => {
  assert.deepEqual(of('As the Harbour Gazette reported, the mill would need 55 percent of the remaining votes.'), [
    ['the mill would need 55 percent of the remaining votes', 'Harbour Gazette'],
  ]);
  assert.deepEqual(of('The mill raised more than $1 million from the county, as the Harbour Gazette noted.'), [
    ['The mill raised more than $1 million from the county', 'Harbour Gazette'],
  ]);
  // Not "as" inside the clause.
  assert.deepEqual(of('The council met as Vos said, and then it left.'), []);
});

test('a time phrase after the cue ends before a determiner that opens the content', () => {
  assert.deepEqual(texts('Two papers reported on Wednesday the harbour police had “more than one talk” with the mayor.'), [
    'the harbour police had “more than one talk” with the mayor',
  ]);
});

test('"defended" is a statement only with something said or decided as its object', () => {
  assert.deepEqual(texts('Vos defended her record as mayor on Tuesday.'), ['her record as mayor on Tuesday']);
  assert.deepEqual(texts('Vos defended herself against charges of fraud.'), ['herself against charges of fraud']);
  assert.deepEqual(texts('Vos defended Ostrov as a candidate.'), ['Ostrov as a candidate']);
  assert.deepEqual(texts('The troops defended the city for three weeks.'), []);
});

test('the agent of a passive "asked" put the question; "asked about" and "asked for" carry their object', () => {
  assert.deepEqual(of('Asked by Lena Ostrov whether she had read the report, Vos said, “I read it once.”'), [
    ['whether she had read the report', 'Lena Ostrov'],
    ['I read it once.', 'Vos'],
  ]);
  // The interviewer is not who the later "she" refers to.
  const text = 'Anna Vos said the mill would close. Asked by Karl Ostrov whether she had read it, she said, “Once.”';
  assert.equal(quotesOf(text)[2]?.speaker?.name, 'Anna Vos');
  assert.deepEqual(of('The anchor asked the mayor about the harbour closure.'), [['about the harbour closure', 'anchor']]);
  assert.deepEqual(of('The pilot asked for volunteers to move to the back.'), [['volunteers to move to the back', 'pilot']]);
  // No agent: no speaker, no quote.
  assert.deepEqual(of('Asked about the vote, Vos said she had no comment.'), [['she had no comment', 'Vos']]);
});

test('a participle between a number or a determiner and its noun is a modifier, not a cue', () => {
  assert.deepEqual(texts('Vos has won 75 pledged delegates so far.'), []);
});

test('a stance object runs through the commas of a list, not into a clause', () => {
  assert.deepEqual(texts('Vos praised the paper’s Karl Ostrov, Dana Lund and Anna Berg for their work.'), [
    'the paper’s Karl Ostrov, Dana Lund and Anna Berg for their work',
  ]);
  assert.deepEqual(texts('Vos praised the mayor, who had resigned in May.'), ['the mayor']);
  assert.deepEqual(texts('Vos criticized the plan, and Ostrov left the room.'), ['the plan']);
});

test('a closing comparison is the narrator’s', () => {
  assert.deepEqual(texts('Most voters said they trust the mayor, compared with 20 percent who trust the council.'), [
    'they trust the mayor',
  ]);
});

test('the speaker before a pair of dashes, and an abbreviated state in a loose apposition', () => {
  assert.deepEqual(of('A former mayor -- Karl Vos, who lost the race to Ann Ostrov -- said the harbour “had no future.”'), [
    ['the harbour “had no future.”', 'Karl Vos'],
  ]);
  assert.deepEqual(of('Sen. Anna Berg, R-Fla., appearing on the radio after the speech, said the mayor failed to act.'), [
    ['the mayor failed to act', 'Anna Berg'],
  ]);
});

test('a name and a colon after a digest heading’s dash introduce a quotation', () => {
  assert.deepEqual(of('TURNOUT IN OHIO IS UP - Karl P. Vos: “At long last the contests have started.”'), [
    ['At long last the contests have started.', 'Karl P. Vos'],
  ]);
  assert.deepEqual(of('The mood has shifted -More from Vos: “Our data shows both issues were in play.”'), [
    ['Our data shows both issues were in play.', 'Vos'],
  ]);
  // A clause before the colon is no speaker.
  assert.deepEqual(of('The campaign has changed - and voters noticed: “We are tired of it all.”'), []);
});

test('the addressee of a written message belongs to the tail of a content-first report', () => {
  assert.deepEqual(of('There is no need to move the records to a new center, Vos wrote Ostrov.'), [
    ['There is no need to move the records to a new center', 'Vos'],
  ]);
});

test('a quotation after the narrator’s lead-in with its cue after it is a mixed quote from the sentence start', () => {
  const quotes = quotesOf('He had “wanted to fly since he was five,” his father said. “He loved the sky.”');
  assert.deepEqual(
    quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]),
    [
      ['He had “wanted to fly since he was five,”', 'mixed', 'his father'],
      ['He loved the sky.', 'direct', 'his father'],
    ],
  );
  // A quotation that opens the sentence stays direct.
  assert.deepEqual(
    quotesOf('“I want to fly,” Vos said.').map((q) => [q.text, q.kind]),
    [['I want to fly,', 'direct']],
  );
});
