/**
 * Builds small valid `brink.analysis/1` records for the corpus tests: an article is a list of
 * sentences, each with the events (and the quote carrying them) a test needs.
 */
import {
  ANALYSIS_SCHEMA,
  type ActorRef,
  type Analysis,
  type Event,
  type Modality,
  type Quote,
  type Sentence,
} from '../../src/core/analysis.ts';

export interface EventSpec {
  readonly type: string;
  readonly modality?: Modality;
  /** Country code (or a name when `country: null` is wanted, prefix with `name:`). */
  readonly source?: string | null;
  readonly target?: string | null;
  readonly date?: string | null;
  /** Country of the quoted speaker; makes the event carried by a quote. */
  readonly speaker?: string;
  readonly speakerName?: string;
  readonly intensity?: number | null;
  readonly cameo?: string | null;
  /** The coder's rule id (default `test`), for claim rules that match on it. */
  readonly rule?: string;
}

export interface SentenceSpec {
  readonly text: string;
  readonly events?: readonly EventSpec[];
}

export interface ArticleSpec {
  readonly id: string;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly duplicateOf?: string | null;
  readonly uri?: string | null;
  readonly title?: string | null;
  readonly sentences: readonly SentenceSpec[];
}

/** An ActorRef for a country code, or for a bare name when given as `name:Someone`. */
export function ref(key: string): ActorRef {
  if (key.startsWith('name:')) return { actorId: null, name: key.slice(5), country: null, span: null };
  return { actorId: null, name: key, country: key, span: null };
}

export function makeArticle(spec: ArticleSpec): Analysis {
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  const events: Event[] = [];
  let text = '';
  for (const s of spec.sentences) {
    if (text !== '') text += ' ';
    const start = text.length;
    text += s.text;
    const span = { start, end: text.length };
    sentences.push({ ...span, paragraph: 0 });
    for (const e of s.events ?? []) {
      let attributedTo: number | null = null;
      if (e.speaker !== undefined) {
        attributedTo = quotes.length;
        const speaker = { ...ref(e.speaker), name: e.speakerName ?? e.speaker };
        quotes.push({ ...span, kind: 'indirect', text: s.text, cue: null, speaker, date: null, rule: 'test', confidence: 1 });
      }
      events.push({
        ...span,
        type: e.type,
        mode: null,
        cameo: e.cameo ?? null,
        intensity: e.intensity ?? null,
        source: e.source === null ? null : ref(e.source ?? 'RUS'),
        target: e.target === undefined || e.target === null ? null : ref(e.target),
        date: e.date === undefined ? (spec.published ?? null) : e.date,
        dateFrom: 'sentence',
        modality: e.modality ?? 'asserted',
        attributedTo,
        trigger: { start, end: start + 1, text: s.text.slice(0, 1) },
        rule: e.rule ?? 'test',
        confidence: 1,
      });
    }
  }
  return {
    schema: ANALYSIS_SCHEMA,
    generator: 'brink-test',
    document: {
      id: spec.id,
      uri: spec.uri ?? `https://news.example/${spec.id}`,
      title: spec.title ?? spec.id,
      published: spec.published ?? null,
      publishedFrom: spec.published == null ? null : 'supplied',
      source: spec.source ?? 'Wire',
      byline: null,
      language: 'en',
      text,
      paragraphs: [{ start: 0, end: text.length }],
      removed: [],
      duplicateOf: spec.duplicateOf ?? null,
      extraction: 'text/lines',
    },
    sentences,
    actors: [],
    quotes,
    times: [],
    events,
    diagnostics: [],
  };
}
