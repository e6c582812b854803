/**
 * Event evals score what a user gets: the whole NLP pipeline (sentences, actors, times, quotes,
 * events), not the event coder alone with a stand-in actor resolver.
 */
import type { Event } from '../../src/core/analysis.ts';
import type { Span } from '../../src/core/span.ts';
import { runPipeline } from '../../src/nlp/pipeline.ts';

export function pipelineEvents(text: string, paragraphs: readonly Span[], published: string | null): readonly Event[] {
  return runPipeline({ text, paragraphs, published, language: 'en' }).events;
}
