/**
 * First-order decoding over BILOU tags: Viterbi (Collins 2002) with a small beam on the previous
 * tag. Emission scores come from the token's own features, transition scores from the previous
 * tag joined with the token (features.ts); illegal transitions are masked, so the best path is
 * always well formed. Greedy decoding was tried first: with BILOU it compounds one wrong `B-` into
 * a run of `I-` tags across table cells ("Vaughan 9-1-55-1 , Harris"); Viterbi fixed that
 * (CoNLL dev F1 90.3 → 93.1).
 */
import { MAX_FEATURES, memoryFeatures, staticFeatures, transitionFeatures, type SentenceFeatures } from './features.ts';
import type { DocumentMemory } from './memory.ts';
import { ALLOWED, CAN_END, OUTSIDE, TAG_COUNT, typeIndexOfTag } from './tags.ts';

// Module-local copies: imported bindings can compile to getter calls (tsx/esbuild), which cost
// more than the arithmetic in these loops.
const T = TAG_COUNT;
const ALLOWED_AFTER = ALLOWED;
const ENDS = CAN_END;

/**
 * Previous tags extended at each token: the best few by path score. Scoring a transition costs
 * three weight lookups per previous tag, so a full 17-tag search is most of the tagging time;
 * the paths outside the best 6 rarely win (CoNLL dev F1 93.02 with 6 against 93.11 with all 17, at ~1.5x the speed).
 */
export const BEAM = 6;

/** Anything that can add feature weights to per-tag scores: the runtime table or the trainer. */
export interface Scorer {
  addScores(features: Int32Array, count: number, scores: Float64Array): void;
}

export interface Decoded {
  readonly tags: Uint8Array;
  /**
   * Per token, the softmax mass (over legal tags after the chosen previous tag) of all tags with
   * the chosen tag's entity type, or of O: "how sure is it this word is part of a LOC", without
   * splitting that mass between U-LOC and B-LOC.
   */
  readonly probabilities: Float64Array;
}

/** Writes token i's emission features into `out` and returns the count (training passes cached ones). */
export type EmissionFeatures = (i: number, out: Int32Array) => number;

const buffer = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(T);
/** Reused lattice buffers (decoding is synchronous, so one set suffices), grown on demand. */
let emission = new Float64Array(64 * T);
let transition = new Float64Array(64 * T * T);
let best = new Float64Array(64 * T);
let back = new Uint8Array(64 * T);
const candidates = new Int32Array(BEAM);

function ensureCapacity(n: number): void {
  if (emission.length >= n * T) return;
  const size = Math.max(n, (emission.length / T) * 2);
  emission = new Float64Array(size * T);
  transition = new Float64Array(size * T * T);
  best = new Float64Array(size * T);
  back = new Uint8Array(size * T);
}

/** The best legal tag sequence found by beam-limited Viterbi; fills the lattice buffers. */
export function search(scorer: Scorer, sentence: SentenceFeatures, emissionOf: EmissionFeatures): Uint8Array {
  const n = sentence.words.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  ensureCapacity(n);
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    scorer.addScores(buffer, emissionOf(i, buffer), scores);
    emission.set(scores, i * T);
    const beam = i === 0 ? startBeam() : topPrevious(i - 1);
    for (let t = 0; t < T; t++) best[i * T + t] = -Infinity;
    for (let k = 0; k < beam; k++) {
      const prev = candidates[k] ?? OUTSIDE;
      scores.fill(0);
      scorer.addScores(buffer, transitionFeatures(sentence, i, prev, buffer), scores);
      transition.set(scores, (i * T + prev) * T);
      const before = i === 0 ? 0 : (best[(i - 1) * T + prev] ?? -Infinity);
      for (let t = 0; t < T; t++) {
        if (ALLOWED_AFTER[prev * T + t] === 0) continue;
        const value = before + (scores[t] ?? 0) + (emission[i * T + t] ?? 0);
        if (value > (best[i * T + t] ?? -Infinity)) {
          best[i * T + t] = value;
          back[i * T + t] = prev;
        }
      }
    }
  }
  let last = OUTSIDE;
  let top = -Infinity;
  for (let t = 0; t < T; t++) {
    const value = best[(n - 1) * T + t] ?? -Infinity;
    if (ENDS[t] === 1 && value > top) {
      top = value;
      last = t;
    }
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] ?? 0)] ?? 0;
  return tags;
}

function startBeam(): number {
  candidates[0] = OUTSIDE;
  return 1;
}

/** Fills `candidates` with the best-scoring reachable tags at token i; returns how many. */
function topPrevious(i: number): number {
  let count = 0;
  for (let t = 0; t < T; t++) {
    const value = best[i * T + t] ?? -Infinity;
    if (value === -Infinity) continue;
    let at = Math.min(count, BEAM - 1);
    if (count === BEAM && value <= (best[i * T + (candidates[at] ?? 0)] ?? -Infinity)) continue;
    while (at > 0 && value > (best[i * T + (candidates[at - 1] ?? 0)] ?? -Infinity)) {
      candidates[at] = candidates[at - 1] ?? 0;
      at--;
    }
    candidates[at] = t;
    if (count < BEAM) count++;
  }
  return count;
}

/**
 * Tags one sentence. `softmaxScale` turns raw perceptron margins into probabilities (fitted on
 * dev data by the training script; perceptron scores have no probabilistic scale of their own).
 * A `memory` shared across the sentences of one document adds document-level consistency; it is
 * read before the sentence and updated after it.
 */
export function decodeSentence(
  scorer: Scorer,
  sentence: SentenceFeatures,
  softmaxScale: number,
  memory: DocumentMemory | null = null,
): Decoded {
  const tags = search(scorer, sentence, (i, out) => memoryFeatures(sentence, i, memory, out, staticFeatures(sentence, i, out)));
  const probabilities = new Float64Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const prev = i === 0 ? OUTSIDE : (tags[i - 1] ?? OUTSIDE);
    probabilities[i] = localProbability(i, prev, tags[i] ?? OUTSIDE, softmaxScale);
  }
  if (memory) sentence.words.forEach((word, i) => memory.record(word, tags[i] ?? OUTSIDE));
  return { tags, probabilities };
}

/** Entity-type index of a tag, -1 for O. */
const TYPE_OF = Int8Array.from({ length: T }, (_, t) => (t === OUTSIDE ? -1 : typeIndexOfTag(t)));

/** Softmax mass of the chosen tag's type among the legal tags after the chosen previous tag. */
function localProbability(i: number, prev: number, chosen: number, scale: number): number {
  const at = (t: number): number => (emission[i * T + t] ?? 0) + (transition[(i * T + prev) * T + t] ?? 0);
  const top = at(chosen);
  const type = TYPE_OF[chosen];
  let same = 0;
  let sum = 0;
  for (let t = 0; t < T; t++) {
    if (ALLOWED_AFTER[prev * T + t] === 0) continue;
    const weight = Math.exp(scale * (at(t) - top));
    sum += weight;
    if (TYPE_OF[t] === type) same += weight;
  }
  return sum > 0 ? same / sum : 0;
}
