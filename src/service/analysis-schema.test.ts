import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { Analysis } from '../core/analysis.ts';
import { analysisSchema } from './analysis-schema.ts';

// Compile-time check: the zod schema's output type and the TypeScript contract are the same shape.
type Parsed = z.infer<typeof analysisSchema>;
const toType = (x: Parsed): Analysis => x;
const toSchema = (x: Analysis): Parsed => ({ ...x, sentences: [...x.sentences] }) as Parsed;
void toType;
void toSchema;

const minimal = {
  schema: 'brink.analysis/1',
  generator: 'brink 0.0.0',
  document: {
    id: '0123456789abcdef',
    uri: null,
    title: null,
    published: null,
    publishedFrom: null,
    source: null,
    byline: null,
    language: null,
    text: 'A.',
    paragraphs: [{ start: 0, end: 2 }],
    removed: [],
    duplicateOf: null,
    extraction: 'text/lines',
  },
  sentences: [{ start: 0, end: 2, paragraph: 0 }],
  actors: [],
  quotes: [],
  times: [],
  events: [],
  diagnostics: [],
};

test('a minimal record validates', () => {
  assert.equal(analysisSchema.safeParse(minimal).success, true);
});

test('records with a wrong schema tag, a bad id or a confidence above 1 are rejected', () => {
  const cases: unknown[] = [
    { ...minimal, schema: 'brink.analysis/2' },
    { ...minimal, document: { ...minimal.document, id: 'XYZ' } },
    {
      ...minimal,
      times: [{ start: 0, end: 1, rule: 'r', confidence: 1.5, text: 'A', type: 'DATE', value: null, anchor: 'unresolved' }],
    },
  ];
  for (const value of cases) assert.equal(analysisSchema.safeParse(value).success, false);
});

test('a quote or event date may be a month or a year; a publication date must be a day', () => {
  const quote = { start: 0, end: 1, rule: 'r', confidence: 0.5, kind: 'direct', text: 'A', cue: null, speaker: null };
  for (const date of ['2022-02-15', '2021-04', '2017'])
    assert.equal(analysisSchema.safeParse({ ...minimal, quotes: [{ ...quote, date }] }).success, true, date);
  for (const date of ['April 2021', '2021-4', '21'])
    assert.equal(analysisSchema.safeParse({ ...minimal, quotes: [{ ...quote, date }] }).success, false, date);
  assert.equal(analysisSchema.safeParse({ ...minimal, document: { ...minimal.document, published: '2022-02' } }).success, false);
});
