/** Every threshold at its edge: one case just inside, one just outside. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLOATING_PARAGRAPH_REACH, MIN_FLOATING_WORDS } from './index.ts';
import { MAX_ADVERBIAL_BEFORE_ACCORDING, MAX_SOURCE_TOKENS } from './propose-according.ts';
import { MAX_FRAGMENT_WORDS, MAX_TOKENS_TO_CUE_AFTER } from './propose-direct.ts';
import { MAX_SPLIT_OPENER_WORDS } from './refine-candidates.ts';
import { MAX_HEADLINE_SPEAKER_TOKENS } from './propose-headline.ts';
import { quotesOf } from './test-helpers.ts';
import { tagRange } from './tokens.ts';
import { MAX_APPOSITION_TOKENS, MAX_LOOSE_SEGMENTS, MAX_NAME_TOKENS, MAX_PARENTHESIS_TOKENS } from './noun-phrase.ts';
import { MAX_LATE_VERB_TOKENS, MAX_RELATIVE_TOKENS, MIN_CONTENT_CHARS } from './clause-bounds.ts';
import { MIN_STANCE_CONTENT_CHARS } from './propose-stance.ts';

const words = (n: number): string =>
  Array.from({ length: n }, (_, i) => ['we', 'hold', 'the', 'line', 'here', 'now', 'and', 'always'][i % 8]).join(' ');
const texts = (text: string): string[] => quotesOf(text).map((q) => q.text);

test(`a floating quoted paragraph needs ${MIN_FLOATING_WORDS} words`, () => {
  const lead = 'Vos spoke. “We are ready,” Vos said.\n\n';
  assert.equal(texts(`${lead}“${words(MIN_FLOATING_WORDS)}.”`).length, 2);
  assert.equal(texts(`${lead}“${words(MIN_FLOATING_WORDS - 1)}.”`).length, 1);
});

test(`a floating quote reaches back ${FLOATING_PARAGRAPH_REACH} paragraphs`, () => {
  const gap = (n: number): string => Array.from({ length: n - 1 }, () => 'The room was quiet.\n\n').join('');
  const text = (n: number): string => `“We are ready,” Vos said.\n\n${gap(n)}“${words(8)}.”`;
  assert.equal(texts(text(FLOATING_PARAGRAPH_REACH)).length, 2);
  assert.equal(texts(text(FLOATING_PARAGRAPH_REACH + 1)).length, 1);
});

test(`an opener of ${MAX_SPLIT_OPENER_WORDS} words before a split cue is dropped, a longer one kept`, () => {
  const text = (opener: string): string => `“${opener},” Vos insisted, “the question must be settled now.”`;
  assert.equal(texts(text(words(MAX_SPLIT_OPENER_WORDS))).length, 1);
  assert.equal(texts(text(words(MAX_SPLIT_OPENER_WORDS + 1))).length, 2);
});

test(`a lower-case fragment of ${MAX_FRAGMENT_WORDS} words after a cue is not a direct quote`, () => {
  const text = (n: number): string => `Vos said “${words(n)}” and left the room.`;
  assert.deepEqual(texts(text(MAX_FRAGMENT_WORDS)), []);
  assert.deepEqual(texts(text(MAX_FRAGMENT_WORDS + 1)), [words(MAX_FRAGMENT_WORDS + 1)]);
});

test(`the cue after a quotation is at most ${MAX_TOKENS_TO_CUE_AFTER} tokens away`, () => {
  // An apposition grows one token at a time; the gap is counted with the tagger's own tokens.
  const text = (n: number): string => `“We stay,” Karl Ostrov, the head ${'of the office '.repeat(n)}of Norway, said.`;
  const gap = (t: string): number => {
    const tokens = tagRange(t, 0, t.length);
    return tokens.findIndex((x) => x.text === 'said') - tokens.findIndex((x) => x.text === 'Karl');
  };
  const sizes = Array.from({ length: 12 }, (_, n) => n).filter((n) => gap(text(n)) <= MAX_APPOSITION_TOKENS);
  const inside = sizes.filter((n) => gap(text(n)) <= MAX_TOKENS_TO_CUE_AFTER).pop() ?? 0;
  assert.equal(texts(text(inside)).length, 1);
  assert.ok(gap(text(inside + 1)) > MAX_TOKENS_TO_CUE_AFTER);
  assert.equal(texts(text(inside + 1)).length, 0);
});

test(`a reported content has at least ${MIN_CONTENT_CHARS} characters`, () => {
  assert.deepEqual(texts('Vos said it ended.'), ['it ended']);
  assert.deepEqual(texts('Vos said it ends.'), []);
});

test(`up to ${MAX_ADVERBIAL_BEFORE_ACCORDING} words before "according to" are an adverbial`, () => {
  assert.deepEqual(texts('So in fact, according to Vos, the deal is dead.'), ['the deal is dead']);
  assert.deepEqual(texts('The deal in fact, according to Vos, is dead.'), ['The deal in fact']);
});

test(`a headline speaker has at most ${MAX_HEADLINE_SPEAKER_TOKENS} tokens`, () => {
  assert.deepEqual(texts('Norway Foreign Minister Karl Ostrov: Talks will resume soon'), ['Talks will resume soon']);
  assert.deepEqual(texts('The Norway Foreign Minister Karl Ostrov: Talks will resume soon'), []);
  assert.deepEqual(texts('Analysis: Talks will resume soon'), []);
});

test(`a stance object has at least ${MIN_STANCE_CONTENT_CHARS} characters`, () => {
  assert.deepEqual(texts('Vos praised him.'), ['him']);
  assert.deepEqual(texts('Vos praised it.'), []);
});

test(`a parenthesis in a speaker phrase holds at most ${MAX_PARENTHESIS_TOKENS - 1} tokens`, () => {
  const text = (n: number): string =>
    `Governor Rick Scott (${Array.from({ length: n }, () => 'R').join(' ')}) said the state had spent the funds.`;
  assert.deepEqual(texts(text(MAX_PARENTHESIS_TOKENS - 1)), ['the state had spent the funds']);
  assert.deepEqual(texts(text(MAX_PARENTHESIS_TOKENS)), []);
});

test(`an "according to" source that carries a clause spans at most ${MAX_SOURCE_TOKENS} tokens`, () => {
  // The source grows by one token per "big"; the tagger keeps them apart.
  const source = (n: number): string => `the exit polls conducted by the ${'big '.repeat(n)}council`;
  const size = (n: number): number => tagRange(source(n), 0, source(n).length).length;
  const text = (n: number): string => `According to ${source(n)}, the deal is dead.`;
  const n = MAX_SOURCE_TOKENS - size(0);
  assert.equal(size(n), MAX_SOURCE_TOKENS);
  assert.equal(quotesOf(text(n))[0]?.speaker?.span?.end, text(n).indexOf(','));
  assert.notEqual(quotesOf(text(n + 1))[0]?.speaker?.span?.end, text(n + 1).indexOf(','));
});

test(`a relative clause in a bare clause subject spans at most ${MAX_RELATIVE_TOKENS} tokens`, () => {
  // Tokens from "which" to the closing comma: "which struck down the" + n × "old" + "law".
  const text = (n: number): string => `Vos said the ruling, which struck down the ${'old '.repeat(n)}law, shows the stakes.`;
  const n = MAX_RELATIVE_TOKENS - 5;
  assert.equal(texts(text(n)).length, 1);
  assert.equal(texts(text(n + 1)).length, 0);
});

test(`a loose apposition spans at most ${MAX_LOOSE_SEGMENTS} comma segments`, () => {
  const segments = ['raised in Chile', 'living in Ohio', 'working in Texas', 'retired in Maine'];
  const text = (n: number): string => `Karla Ostrov, ${segments.slice(0, n).join(', ')}, said she wanted change.`;
  assert.equal(texts(text(MAX_LOOSE_SEGMENTS)).length, 1);
  assert.equal(texts(text(MAX_LOOSE_SEGMENTS + 1)).length, 0);
});

test(`a late verb after a plain verb of saying sits within ${MAX_LATE_VERB_TOKENS} tokens of the content start`, () => {
  const text = (n: number): string => `Vos said the ${'old '.repeat(n)}mill is closed.`;
  const gap = (t: string): number => {
    const tokens = tagRange(t, 0, t.length);
    return tokens.findIndex((x) => x.text === 'is') - tokens.findIndex((x) => x.text === 'the');
  };
  const n = MAX_LATE_VERB_TOKENS - 1 - gap(text(0));
  assert.equal(gap(text(n)), MAX_LATE_VERB_TOKENS - 1);
  assert.equal(texts(text(n)).length, 1);
  assert.equal(texts(text(n + 1)).length, 0);
});

test(`a name between commas after a description has at most ${MAX_NAME_TOKENS} words`, () => {
  const names = ['Kelly', 'Ann', 'Marie', 'Lou', 'Beth', 'Vos'];
  const text = (n: number): string =>
    `One farmer not on the list, ${names.slice(names.length - n).join(' ')}, told the paper she was leaving.`;
  assert.equal(quotesOf(text(MAX_NAME_TOKENS))[0]?.speaker?.name, names.slice(names.length - MAX_NAME_TOKENS).join(' '));
  assert.equal(quotesOf(text(MAX_NAME_TOKENS + 1)).length, 0);
  // A single word may be a place ("In Ohio, …"): at least two.
  assert.equal(quotesOf('One farmer not on the list, Vos, told the paper she was leaving.').length, 0);
});
