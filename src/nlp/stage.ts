/**
 * The interface every NLP stage implements. A stage reads the article and what earlier stages
 * produced, and returns only the fields it fills; pipeline.ts decides the order.
 */
import type { Actor, Event, Quote, Sentence, TimeExpression } from '../core/analysis.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Span } from '../core/span.ts';

export interface NlpInput {
  /** The immutable clean text; every span points into it. */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** The article's date (ISO), the reference time for relative dates; null when unknown. */
  readonly published: string | null;
  readonly language: string | null;
}

export interface NlpItems {
  readonly sentences: readonly Sentence[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly times: readonly TimeExpression[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface Stage {
  readonly id: string;
  run(input: NlpInput, items: NlpItems): Partial<NlpItems>;
}
