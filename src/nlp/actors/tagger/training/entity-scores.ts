/**
 * Entity-level precision, recall and F1, as conlleval computes them (CoNLL-2000/2003 shared
 * tasks): a predicted entity counts only when its token span and type both equal a gold entity's;
 * scores are micro-averaged over all entities, and per type.
 */
import { chunksOf } from '../chunks.ts';
import { ENTITY_TYPES, type EntityType } from '../types.ts';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface EntityScores {
  readonly overall: Counts;
  readonly byType: Record<EntityType, Counts>;
}

/** Zero counts, overall and per type. */
export function emptyScores(): EntityScores {
  const byType = {} as Record<EntityType, Counts>;
  for (const type of ENTITY_TYPES) byType[type] = { gold: 0, predicted: 0, correct: 0 };
  return { overall: { gold: 0, predicted: 0, correct: 0 }, byType };
}

/** Adds one sentence's gold and predicted BIO tags to `scores`. */
export function scoreSentence(scores: EntityScores, gold: readonly string[], predicted: readonly string[]): void {
  const goldChunks = chunksOf(gold);
  const predictedChunks = chunksOf(predicted);
  const goldKeys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const c of goldChunks) {
    scores.overall.gold++;
    scores.byType[c.type].gold++;
  }
  for (const c of predictedChunks) {
    scores.overall.predicted++;
    scores.byType[c.type].predicted++;
    if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) {
      scores.overall.correct++;
      scores.byType[c.type].correct++;
    }
  }
}

/** Correct / predicted (0 when nothing was predicted). */
export function precision(c: Counts): number {
  return c.predicted === 0 ? 0 : c.correct / c.predicted;
}

/** Correct / gold (0 when there is no gold entity). */
export function recall(c: Counts): number {
  return c.gold === 0 ? 0 : c.correct / c.gold;
}

/** Harmonic mean of precision and recall. */
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
