import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NlpInput, Stage } from './stage.ts';
import { defaultStages, runPipeline } from './pipeline.ts';

const input: NlpInput = { text: 'Putin spoke. Biden replied.', paragraphs: [{ start: 0, end: 27 }], published: null, language: 'en' };

test('the default pipeline runs sentences, actors, times, quotes, then events', () => {
  assert.deepEqual(defaultStages.map((s) => s.id).slice(0, 5), ['sentences', 'actors', 'times', 'quotes', 'events']);
  const items = runPipeline(input);
  assert.deepEqual(
    items.sentences.map((s) => input.text.slice(s.start, s.end)),
    ['Putin spoke.', 'Biden replied.'],
  );
});

test('stages run in order, each sees what the earlier ones produced, and diagnostics accumulate', () => {
  const seen: number[] = [];
  const first: Stage = { id: 'a', run: () => ({ diagnostics: [{ ruleId: 'a/x', reason: 'r', source: 'nlp', fatal: false }] }) };
  const second: Stage = {
    id: 'b',
    run: (_input, items) => {
      seen.push(items.diagnostics.length);
      return { diagnostics: [{ ruleId: 'b/y', reason: 'r', source: 'nlp', fatal: false }] };
    },
  };
  const items = runPipeline(input, [first, second]);
  assert.deepEqual(seen, [1]);
  assert.deepEqual(
    items.diagnostics.map((d) => d.ruleId),
    ['a/x', 'b/y'],
  );
});
