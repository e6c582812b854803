import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Quote } from '../../core/analysis.ts';
import { runPipeline } from '../pipeline.ts';
import { sentencesStage } from '../sentences/stage.ts';
import { eventsStage } from './stage.ts';

const TEXT = 'On Tuesday the Kremlin said troops were returning to base.\n\nFrance criticized Russia.';
const input = {
  text: TEXT,
  paragraphs: [
    { start: 0, end: 58 },
    { start: 60, end: TEXT.length },
  ],
  published: '2022-02-16',
  language: 'en',
};

test('the stage runs last in a pipeline and codes events from what earlier stages produced', () => {
  const items = runPipeline(input, [sentencesStage, eventsStage]);
  assert.deepEqual(
    items.events.map((e) => [e.type, e.modality, e.source?.country ?? null]),
    [
      ['RETREAT', 'claimed', 'RUS'],
      ['ACCUSE', 'asserted', 'FRA'],
    ],
  );
  assert.equal(items.events[1]?.date, '2022-02-16');
});

test('actor-stage mentions win over the fallback gazetteer, and quotes carry attribution', () => {
  const actors: Actor[] = [
    {
      id: 'kb:france',
      name: 'France',
      kind: 'state',
      country: 'FRA',
      role: null,
      wikidata: null,
      mentions: [{ start: 60, end: 66, text: 'France', form: 'name', rule: 't', confidence: 1 }],
    },
  ];
  const quotes: Quote[] = [
    { start: 28, end: 57, kind: 'indirect', text: TEXT.slice(28, 57), cue: null, speaker: null, date: null, rule: 'q', confidence: 1 },
  ];
  const sentences = runPipeline(input, [sentencesStage]).sentences;
  const out = eventsStage.run(input, { sentences, actors, quotes, times: [], events: [], diagnostics: [] });
  const events = out.events ?? [];
  assert.equal(events[0]?.attributedTo, 0);
  assert.equal(events[1]?.source?.actorId, 'kb:france');
});

test('demonstrators meeting their own government are two domestic actors, coded; officials are not', () => {
  const consult = (text: string): (string | null)[][] =>
    runPipeline({ text, paragraphs: [{ start: 0, end: text.length }], published: '2022-02-16', language: 'en' })
      .events.filter((e) => e.type === 'CONSULT')
      .map((e) => [e.source?.country ?? null, e.target?.country ?? null]);
  assert.deepEqual(consult('Egyptian demonstrators received ministers from the Egyptian government.'), [['EGY', 'EGY']]);
  assert.deepEqual(consult('Egyptian officials met the Egyptian government.'), []);
});
