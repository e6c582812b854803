/**
 * The runtime weight table: feature id (int32) → one weight per tag, in an open-addressing hash
 * table over typed arrays. Lookups touch two flat arrays and allocate nothing, which is what lets
 * the tagger run at hundreds of thousands of tokens per second in plain JavaScript.
 */
import { TAG_COUNT } from './tags.ts';

/** Local copy: an imported binding may compile to a getter call inside the hot loop below. */
const TAGS_N = TAG_COUNT;

/** Feature id → per-tag weights, read-only once built. */
export class WeightTable {
  private readonly mask: number;
  /** Slot s holds its key at 2s and its row at 2s + 1 (row -1: empty), side by side for the cache. */
  private readonly slots: Int32Array;

  /** `keys[r]` owns weights `weights[r * TAG_COUNT .. (r + 1) * TAG_COUNT)`. Keys must be distinct. */
  constructor(
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    if (weights.length !== keys.length * TAG_COUNT) {
      throw new RangeError(`Expected ${keys.length * TAG_COUNT} weights for ${keys.length} features, got ${weights.length}`);
    }
    // Load factor <= 0.5 keeps probe chains short.
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let slot = 0; slot < capacity; slot++) this.slots[2 * slot + 1] = -1;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row] ?? 0;
      let slot = key & this.mask;
      while ((this.slots[2 * slot + 1] ?? -1) >= 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = row;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Adds the weights of `features[0..count)` to `scores` (length TAG_COUNT). Unknown features add nothing. */
  addScores(features: Int32Array, count: number, scores: Float64Array): void {
    const { mask, slots, weights } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f] ?? 0;
      let slot = key & mask;
      for (;;) {
        const row = slots[2 * slot + 1] ?? -1;
        if (row < 0) break;
        if (slots[2 * slot] === key) {
          const base = row * TAGS_N;
          for (let t = 0; t < TAGS_N; t++) scores[t] = (scores[t] ?? 0) + (weights[base + t] ?? 0);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
