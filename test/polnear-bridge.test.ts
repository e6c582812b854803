/** The PolNeAR scoring bridge (eval/tasks/polnear.ts): Brink contents widened to PolNeAR's convention. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../src/core/analysis.ts';
import { STATEMENT_CUE, toRelations } from '../eval/tasks/polnear.ts';

function quoteOf(text: string, content: string): Quote {
  const start = text.indexOf(content);
  return {
    start,
    end: start + content.length,
    text: content,
    kind: 'indirect',
    cue: null,
    speaker: null,
    date: null,
    rule: 'test',
    confidence: 1,
  };
}

const widened = (text: string, content: string): string => {
  const span = toRelations(text, [quoteOf(text, content)])[0]?.content[0];
  return span === undefined ? '' : text.slice(span.start, span.end);
};

test('a content is widened by its marks and then by a complementiser before them', () => {
  const text = 'Vos said that “the mill will close.”';
  assert.equal(widened(text, 'the mill will close.'), 'that “the mill will close.”');
  assert.equal(widened('Vos said “the mill will close.”', 'the mill will close.'), '“the mill will close.”');
  assert.equal(widened('Vos said that the mill will close.', 'the mill will close'), 'that the mill will close');
  assert.equal(
    widened('Vos said that, in short, the mill will close.', 'in short, the mill will close'),
    'that, in short, the mill will close',
  );
  assert.equal(widened('Vos said the mill will close.', 'the mill will close'), 'the mill will close');
});

test("a '' pair is widened as one mark, and then by a complementiser", () => {
  assert.equal(widened("Vos said ''the mill will close.''", 'the mill will close.'), "''the mill will close.''");
  assert.equal(widened("Vos said that ''the mill will close.''", 'the mill will close.'), "that ''the mill will close.''");
});

test('quotes that share a cue form one relation with a discontinuous content', () => {
  const text = '“We stay,” Vos said, “and we fight.”';
  const cue = { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said' };
  const quotes = ['We stay,', 'and we fight.'].map((c) => ({ ...quoteOf(text, c), cue }));
  const relations = toRelations(text, quotes);
  assert.equal(relations.length, 1);
  assert.deepEqual(
    relations[0]?.content.map((s) => text.slice(s.start, s.end)),
    ['“We stay,”', '“and we fight.”'],
  );
});

test('statement cues are told apart from perception, poll and decision cues', () => {
  for (const cue of ['said', 'told reporters', 'according to', ':', 'tweeted', 'defended']) assert.ok(STATEMENT_CUE.test(cue), cue);
  for (const cue of ['polls show', 'seemed', 'appears', 'decided', 'supports', 'wants']) assert.ok(!STATEMENT_CUE.test(cue), cue);
});
