/**
 * Public types of the named-entity tagger. Offsets are UTF-16 code units into the tagged text, as
 * everywhere in Brink (see core/span.ts), so `text.slice(start, end) === span.text`.
 */

/** The four CoNLL-2003 entity classes (Tjong Kim Sang & De Meulder 2003). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** One tagged name in running text. */
export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly text: string;
  /**
   * In [0, 1]: mean over the tokens of the probability mass of this type (a softmax over
   * perceptron scores, temperature fitted on CoNLL dev).
   */
  readonly confidence: number;
}

/** Options for tagEntities; none yet, the object is there so adding one is not a breaking change. */
export type TagOptions = Record<string, never>;
