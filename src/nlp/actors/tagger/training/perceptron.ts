/**
 * Multiclass averaged perceptron (Collins 2002, "Discriminative training methods for hidden Markov
 * models"; Freund & Schapire 1999 for averaging). Averaging uses the constant-time trick of
 * Daumé III (2006, "A Course in Machine Learning", §4.6): keep w and u = Σ c·Δ, where c counts
 * examples seen; the average is w − u/c. Features are int32 ids allocated rows on first update.
 */
import { TAG_COUNT } from '../tags.ts';
import type { Scorer } from '../decode.ts';

export class AveragedPerceptron implements Scorer {
  private readonly rowOf = new Map<number, number>();
  private keys = new Int32Array(1 << 16);
  private weights = new Float64Array((1 << 16) * TAG_COUNT);
  private updates = new Float64Array((1 << 16) * TAG_COUNT);
  private rows = 0;
  /** Examples seen so far, starting at 1 so the first update is weighted. */
  private clock = 1;

  get featureCount(): number {
    return this.rows;
  }

  addScores(features: Int32Array, count: number, scores: Float64Array): void {
    for (let f = 0; f < count; f++) {
      const row = this.rowOf.get(features[f] ?? 0);
      if (row === undefined) continue;
      const base = row * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] ?? 0) + (this.weights[base + t] ?? 0);
    }
  }

  /**
   * Perceptron step: +1 to each feature's weight for `gold`, -1 for `predicted`; pass -1 for
   * either to skip it (structured updates reward and penalise different feature sets).
   */
  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    if (gold === predicted) return;
    for (let f = 0; f < count; f++) {
      const base = this.rowFor(features[f] ?? 0) * TAG_COUNT;
      if (gold >= 0) this.bump(base + gold, 1);
      if (predicted >= 0) this.bump(base + predicted, -1);
    }
  }

  /** Marks the end of one example (sentence); the average weights each example equally. */
  tick(): void {
    this.clock++;
  }

  /** The averaged weights, one row of TAG_COUNT per feature. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const weights = new Float32Array(this.rows * TAG_COUNT);
    for (let i = 0; i < weights.length; i++) {
      weights[i] = (this.weights[i] ?? 0) - (this.updates[i] ?? 0) / this.clock;
    }
    return { keys: this.keys.slice(0, this.rows), weights };
  }

  private bump(index: number, delta: number): void {
    this.weights[index] = (this.weights[index] ?? 0) + delta;
    this.updates[index] = (this.updates[index] ?? 0) + this.clock * delta;
  }

  private rowFor(key: number): number {
    const known = this.rowOf.get(key);
    if (known !== undefined) return known;
    if (this.rows === this.keys.length) this.grow();
    const row = this.rows++;
    this.keys[row] = key;
    this.rowOf.set(key, row);
    return row;
  }

  private grow(): void {
    const keys = new Int32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const weights = new Float64Array(this.weights.length * 2);
    weights.set(this.weights);
    this.weights = weights;
    const updates = new Float64Array(this.updates.length * 2);
    updates.set(this.updates);
    this.updates = updates;
  }
}
