/**
 * Runtime schema of `brink.analysis/1` (zod), mirroring src/core/analysis.ts. Used to validate
 * records read back from storage or from other tools, and by the contract tests. The type test in
 * analysis-schema.test.ts fails to compile if this schema and the TypeScript types drift apart.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
const span = z.object({ start: offset, end: offset });
const provenance = z.object({ rule: z.string().min(1), confidence: z.number().min(0).max(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/);
/** A date a sentence states may be a month or a year only ("in April 2021" → `2021-04`). */
const statedDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/);
const actorRef = z.object({ actorId: z.string().nullable(), name: z.string(), country: z.string().nullable(), span: span.nullable() });
const textSpan = span.extend({ text: z.string() });

export const diagnosticSchema = z.object({
  ruleId: z.string().min(1),
  reason: z.string().min(1),
  source: z.string().min(1),
  fatal: z.boolean(),
  file: z.string().exactOptional(),
  line: z.number().int().positive().exactOptional(),
});

export const documentSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  uri: z.string().nullable(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  publishedFrom: z.string().nullable(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  paragraphs: z.array(span),
  removed: z.array(z.object({ text: z.string(), reason: z.string().min(1) })),
  duplicateOf: z.string().nullable(),
  extraction: z.string().min(1),
});

export const analysisSchema = z.object({
  schema: z.literal('brink.analysis/1'),
  generator: z.string(),
  document: documentSchema,
  sentences: z.array(span.extend({ paragraph: z.number().int().nonnegative() })),
  actors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['person', 'organisation', 'state', 'igo', 'armed-group', 'media', 'group', 'location', 'unknown']),
      country: z.string().nullable(),
      role: z.string().nullable(),
      wikidata: z.string().nullable(),
      mentions: z.array(span.extend({ text: z.string(), form: z.string() }).extend(provenance.shape)),
    }),
  ),
  quotes: z.array(
    span.extend(provenance.shape).extend({
      kind: z.enum(['direct', 'indirect', 'mixed']),
      text: z.string(),
      cue: textSpan.nullable(),
      speaker: actorRef.nullable(),
      date: statedDate.nullable(),
    }),
  ),
  times: z.array(
    span.extend(provenance.shape).extend({
      text: z.string(),
      type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
      value: z.string().nullable(),
      anchor: z.enum(['published', 'previous-date', 'none', 'unresolved']),
    }),
  ),
  events: z.array(
    span.extend(provenance.shape).extend({
      type: z.string(),
      mode: z.string().nullable(),
      cameo: z.string().nullable(),
      intensity: z.number().min(-10).max(10).nullable(),
      source: actorRef.nullable(),
      target: actorRef.nullable(),
      date: statedDate.nullable(),
      dateFrom: z.enum(['sentence', 'published']).nullable(),
      modality: z.enum(['asserted', 'negated', 'hypothetical', 'future', 'claimed']),
      attributedTo: z.number().int().nonnegative().nullable(),
      trigger: textSpan,
    }),
  ),
  diagnostics: z.array(diagnosticSchema),
});
