import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contestedFacts } from './contested.ts';
import { topSpeakers } from './speakers.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';

const quoted = (id: string, speakerName: string, text: string, extra: Partial<ArticleSpec> = {}): ArticleSpec => ({
  id,
  published: '2022-02-15',
  source: 'Wire',
  sentences: [{ text, events: [{ type: 'CONSULT', source: 'RUS', speaker: 'RUS', speakerName }] }],
  ...extra,
});

test('speakers are ranked by quotes; a syndicated copy is not counted again', () => {
  const specs = [
    quoted('a', 'Dmitry Peskov', 'Short.'),
    quoted('b', 'Dmitry Peskov', 'A longer statement on talks.'),
    quoted('c', 'Sergei Lavrov', 'Talks.'),
    quoted('c2', 'Sergei Lavrov', 'Talks.', { duplicateOf: 'c', source: 'Ledger' }),
  ];
  const speakers = topSpeakers(specs.map(makeArticle), { limit: 5, perSpeaker: 1 });
  assert.deepEqual(
    speakers.map((s) => [s.speaker, s.quotes, s.articles]),
    [
      ['Dmitry Peskov', 2, 2],
      ['Sergei Lavrov', 1, 1],
    ],
  );
  assert.equal(speakers[0]?.examples[0]?.text, 'A longer statement on talks.', 'the longest quote first');
  assert.equal(topSpeakers(specs.map(makeArticle), { limit: 1, perSpeaker: 1 }).length, 1);
});

const report = (
  id: string,
  source: string,
  modality: 'asserted' | 'negated' | 'claimed',
  extra: Partial<ArticleSpec> = {},
): ArticleSpec => ({
  id,
  published: '2022-03-30',
  source,
  sentences: [{ text: `Report ${id}.`, events: [{ type: 'ASSAULT', modality, source: 'RUS', target: 'UKR' }] }],
  ...extra,
});

test('a fact asserted by one outlet and denied by another is contested', () => {
  const facts = contestedFacts([report('a', 'Wire', 'asserted'), report('b', 'Herald', 'negated')].map(makeArticle));
  assert.equal(facts.length, 1);
  assert.equal(facts[0]?.asserted[0]?.source, 'Wire');
  assert.equal(facts[0]?.doubted[0]?.source, 'Herald');
});

test('the same outlet both asserting and doubting is not a disagreement between outlets', () => {
  assert.equal(contestedFacts([report('a', 'Wire', 'asserted'), report('b', 'Wire', 'claimed')].map(makeArticle)).length, 0);
});

test('a syndicated copy is not a second outlet disagreeing', () => {
  const copy = report('b', 'Herald', 'negated', { duplicateOf: 'a' });
  assert.equal(contestedFacts([report('a', 'Wire', 'asserted'), copy].map(makeArticle)).length, 0);
});

test('facts on different days are different facts', () => {
  const later = report('b', 'Herald', 'negated', { published: '2022-03-31' });
  assert.equal(contestedFacts([report('a', 'Wire', 'asserted'), later].map(makeArticle)).length, 0);
});
