import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline.ts';
import { sentencesStage } from '../sentences/stage.ts';
import { quotesStage } from './stage.ts';
import { paragraphsOf } from './test-helpers.ts';

test('the quotes stage reads sentences (and actors, times) and fills quotes', () => {
  const text = 'Talks ended on Friday.\n\n“We will be back,” said the envoy Lena Vos.';
  const items = runPipeline({ text, paragraphs: paragraphsOf(text), published: null, language: 'en' }, [sentencesStage, quotesStage]);
  assert.deepEqual(
    items.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.rule]),
    [['direct', 'We will be back,', 'Lena Vos', 'quotes/direct-cue-after-inverted']],
  );
});

test('without sentences the stage finds nothing and does not throw', () => {
  assert.deepEqual(
    quotesStage.run(
      { text: '“Hi,” he said.', paragraphs: [], published: null, language: null },
      { sentences: [], actors: [], quotes: [], times: [], events: [], diagnostics: [] },
    ),
    { quotes: [] },
  );
});

test('a state named only as a modifier of the speaker does not become the speaker', () => {
  const text = 'A senior US official said more troops were still arriving at the border.';
  const items = runPipeline({ text, paragraphs: [{ start: 0, end: text.length }], published: '2022-02-15', language: 'en' });
  const speaker = items.quotes[0]?.speaker;
  assert.equal(speaker?.actorId, null);
  assert.match(speaker?.name ?? '', /senior US official/i);
  assert.equal(speaker?.country, 'USA');
});
