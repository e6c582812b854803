import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickStopwords, stopwordShare, wordsOf, STOPWORD_LISTS } from './stopwords.ts';

test('the stoplist that covers the text best names its language', () => {
  const rows: [string, string][] = [
    ['The ministers said that they would meet again in the spring.', 'en'],
    ['Die Minister sagten, dass sie sich im Frühjahr wieder treffen würden.', 'de'],
    ['Les ministres ont dit qu’ils se réuniraient de nouveau au printemps et que le dialogue est ouvert.', 'fr'],
    ['Министры заявили, что они снова встретятся весной и что это не последняя встреча.', 'ru'],
  ];
  for (const [text, language] of rows) assert.equal(pickStopwords([text])?.list.language, language, text);
});

test('a text without words has no stoplist', () => {
  assert.equal(pickStopwords(['', '123 456']), null);
});

test('the share counts curly apostrophes like straight ones', () => {
  const english = STOPWORD_LISTS.find((l) => l.language === 'en');
  assert.ok(english);
  assert.deepEqual(wordsOf('It’s the'), ["it's", 'the']);
  assert.equal(stopwordShare(['the', 'treaty'], english), 0.5);
  assert.equal(stopwordShare([], english), 0);
});
