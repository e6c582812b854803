/**
 * One epoch of the structured perceptron (Collins 2002): decode each sentence with the current
 * weights (Viterbi), and where the best path differs from the gold one, reward the gold path's
 * features and penalise the predicted path's. The document memory holds the model's own
 * predictions for earlier sentences, as it will when tagging.
 */
import { search } from '../decode.ts';
import { MAX_FEATURES, memoryFeatures, staticFeatures, transitionFeatures, type SentenceFeatures } from '../features.ts';
import { OUTSIDE } from '../tags.ts';
import type { AveragedPerceptron } from './perceptron.ts';
import { DocumentMemory } from '../memory.ts';

/** A training sentence with its static features precomputed once (they do not change per epoch). */
export interface PreparedSentence {
  readonly sentence: SentenceFeatures;
  readonly gold: Uint8Array;
  /** Static feature ids of all tokens, concatenated; token i owns offsets[i]..offsets[i+1]. */
  readonly features: Int32Array;
  readonly offsets: Uint32Array;
  /** Document the sentence belongs to; the memory is cleared between documents. */
  readonly doc: number;
}

export function prepareForTraining(sentence: SentenceFeatures, gold: Uint8Array, doc: number): PreparedSentence {
  const n = sentence.words.length;
  const buffer = new Int32Array(MAX_FEATURES);
  const parts: Int32Array[] = [];
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const count = staticFeatures(sentence, i, buffer);
    parts.push(buffer.slice(0, count));
    offsets[i + 1] = (offsets[i] ?? 0) + count;
  }
  const features = new Int32Array(offsets[n] ?? 0);
  parts.forEach((part, i) => features.set(part, offsets[i] ?? 0));
  return { sentence, gold, features, offsets, doc };
}

/**
 * Trains one pass over `order` (indices into `data`); returns the token error rate of the pass.
 * Sentences of one document must be consecutive in `order` (see documentOrder), because the
 * document memory is filled with this pass's own predictions as it goes, as at tagging time.
 */
export function trainEpoch(model: AveragedPerceptron, data: readonly PreparedSentence[], order: readonly number[]): number {
  const buffer = new Int32Array(MAX_FEATURES);
  const memory = new DocumentMemory();
  let errors = 0;
  let tokens = 0;
  let doc = -1;
  for (const index of order) {
    const example = data[index];
    if (!example) continue;
    if (example.doc !== doc) memory.clear();
    doc = example.doc;
    const emissionOf = (i: number, out: Int32Array): number => {
      const from = example.offsets[i] ?? 0;
      const to = example.offsets[i + 1] ?? 0;
      out.set(example.features.subarray(from, to));
      return memoryFeatures(example.sentence, i, memory, out, to - from);
    };
    const predicted = search(model, example.sentence, emissionOf);
    const { gold } = example;
    for (let i = 0; i < gold.length; i++) {
      const goldTag = gold[i] ?? OUTSIDE;
      const predictedTag = predicted[i] ?? OUTSIDE;
      const goldPrev = i === 0 ? OUTSIDE : (gold[i - 1] ?? OUTSIDE);
      const predictedPrev = i === 0 ? OUTSIDE : (predicted[i - 1] ?? OUTSIDE);
      if (goldTag !== predictedTag) {
        errors++;
        model.update(buffer, emissionOf(i, buffer), goldTag, predictedTag);
      }
      if (goldTag !== predictedTag || goldPrev !== predictedPrev) {
        model.update(buffer, transitionFeatures(example.sentence, i, goldPrev, buffer), goldTag, -1);
        model.update(buffer, transitionFeatures(example.sentence, i, predictedPrev, buffer), -1, predictedTag);
      }
    }
    tokens += gold.length;
    model.tick();
    example.sentence.words.forEach((word, i) => memory.record(word, predicted[i] ?? OUTSIDE));
  }
  return tokens === 0 ? 0 : errors / tokens;
}

/** Sentence indices with documents in a seeded random order and sentences in text order within each. */
export function documentOrder(data: readonly PreparedSentence[], seed: number): number[] {
  const docs: number[][] = [];
  data.forEach((example, index) => {
    const last = docs[docs.length - 1];
    const lastDoc = last && last.length > 0 ? data[last[0] ?? 0]?.doc : undefined;
    if (last && lastDoc === example.doc) last.push(index);
    else docs.push([index]);
  });
  return shuffled(docs.length, seed).flatMap((d) => docs[d] ?? []);
}

/** Deterministic Fisher-Yates shuffle driven by mulberry32, so runs are reproducible from a seed. */
export function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}
