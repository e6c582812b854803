/**
 * Builds valid `brink.analysis/1` objects for tests from the few fields a test cares about.
 * The id is articleId(text), as the pipeline computes it; paragraphs are split on blank lines.
 */
import { ANALYSIS_SCHEMA, type Analysis } from '../../src/core/analysis.ts';
import { articleId } from '../../src/core/hash.ts';
import type { Span } from '../../src/core/span.ts';

export interface AnalysisFields {
  readonly text: string;
  readonly uri?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly byline?: string | null;
  /** Overrides articleId(text), e.g. to make ids that share a prefix. */
  readonly id?: string;
}

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    spans.push({ start, end: end < 0 ? text.length : end });
    if (end < 0) return spans;
    start = end + 2;
  }
}

/** A minimal, valid analysis with no actors, quotes, times or events. */
export function makeAnalysis(fields: AnalysisFields): Analysis {
  const text = fields.text.normalize('NFC');
  return {
    schema: ANALYSIS_SCHEMA,
    generator: 'brink-test',
    document: {
      id: fields.id ?? articleId(text),
      uri: fields.uri ?? null,
      title: fields.title ?? null,
      published: fields.published ?? null,
      publishedFrom: fields.published == null ? null : 'supplied',
      source: fields.source ?? null,
      byline: fields.byline ?? null,
      language: 'en',
      text,
      paragraphs: paragraphSpans(text),
      removed: [],
      duplicateOf: null,
      extraction: 'text/lines',
    },
    sentences: [],
    actors: [],
    quotes: [],
    times: [],
    events: [],
    diagnostics: [],
  };
}

/** Deterministic pseudo-random words (mulberry32), so generated articles differ but repeat run to run. */
export function seededWords(seed: number, count: number): string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const syllables = ['ka', 'lo', 'min', 'tre', 'sa', 'vo', 'ri', 'den', 'pa', 'gul', 'e', 'nor', 'ta', 'shi', 'bo', 'ran'];
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 3);
    let word = '';
    for (let s = 0; s < length; s++) word += syllables[Math.floor(next() * syllables.length)] ?? '';
    words.push(word);
  }
  return words.join(' ');
}
