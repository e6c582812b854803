/**
 * Guarded access to the statistical tagger (src/nlp/actors/tagger, another module). If the module
 * or its model file is missing, or tagging throws, the caller gets null and proposes no tagger
 * spans (propose-entities.ts); the actor stage never fails because of the tagger.
 */
export interface NerSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly text: string;
  readonly confidence: number;
}

type TagFn = (text: string) => NerSpan[];

const tagger: TagFn | null = await import('./tagger/index.ts').then(
  (m: { tagEntities?: TagFn }) => (typeof m.tagEntities === 'function' ? m.tagEntities : null),
  () => null,
);

/** Tagger spans, or null when the tagger is unavailable. */
export function nerSpans(text: string): NerSpan[] | null {
  if (tagger === null) return null;
  try {
    return tagger(text);
  } catch {
    return null;
  }
}
