/**
 * TempEval-3 scoring of time expressions (UzZaman et al. 2013, section 4.1): extents matched
 * strictly (same offsets) or relaxed (any overlap), each gold item used once; attribute scores
 * are taken over relaxed matches, the value score reported as an F1 over all gold and predicted.
 */
import type { Span } from '../../core/span.ts';

export interface ScoredTimex extends Span {
  readonly type: string;
  readonly value: string | null;
}

/** Counts summed over documents. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

/** Adds one document's comparison to `counts`. */
export function scoreDocument(gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[], counts: TimexCounts): void {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const used = new Set<number>();
  for (const p of predicted) {
    let best = -1;
    for (const [i, g] of gold.entries()) {
      if (used.has(i) || g.end <= p.start || p.end <= g.start) continue;
      if (best < 0 || (g.start === p.start && g.end === p.end)) best = i;
    }
    const g = gold[best];
    if (g === undefined) continue;
    used.add(best);
    counts.relaxed++;
    if (g.start === p.start && g.end === p.end) counts.strict++;
    if (g.type === p.type) counts.typeCorrect++;
    if (p.value !== null && g.value === p.value) counts.valueCorrect++;
  }
}

/** Harmonic mean of hits/predicted and hits/gold; 0 when either is empty. */
export function f1(hits: number, predicted: number, gold: number): number {
  if (hits === 0 || predicted === 0 || gold === 0) return 0;
  const p = hits / predicted;
  const r = hits / gold;
  return (2 * p * r) / (p + r);
}
