/**
 * Feature extraction for one sentence, shared by training and tagging so the two cannot drift.
 * Templates follow Ratinov & Roth (2009) "Design challenges and misconceptions in NER": the word
 * and its neighbours ±2 (lowercase and shape), affixes, capitalisation, sentence-initial position,
 * gazetteer matches, word classes, document memory, and the previous tag.
 */
import { mixHash as importedMixHash, hashString } from './hash.ts';
import { FLAG } from './shape.ts';
import { GAZETTEER_LISTS, type Gazetteer } from './gazetteer.ts';
import { wordInfo, type WordInfo } from './word-info.ts';
import type { DocumentMemory } from './memory.ts';
import type { WordClusters } from './word-clusters.ts';

/** Local alias: an imported binding may compile to a getter call, and this runs per feature. */
const mixHash = importedMixHash;

const T = {
  bias: 100,
  first: 101,
  firstShape: 102,
  firstLower: 103,
  headline: 104,
  headlineLower: 105,
  lowerAt: 110, // + offset index 0..3 for -2, -1, +1, +2
  shapeAt: 120,
  bigramLeft: 130,
  bigramRight: 131,
  shapeTrigram: 132,
  gazBegin: 140,
  gazInside: 141,
  gazBeginCap: 142,
  gazInsideCap: 143,
  gazLeft: 144,
  gazRight: 145,
  prevTag: 150,
  prevTagLower: 152,
  prevTagShape: 153,
  cluster: 170, // + 4 * granularity + offset index (0 = this word, 1 = left, 2 = right)
} as const;

const OFFSETS = [-2, -1, 1, 2] as const;
const BOUNDARY = hashString('<boundary>');

/** Upper bound on features per token, to size reusable buffers. */
export const MAX_FEATURES = 128;

/** Everything about a sentence that does not depend on the tags being predicted. */
export interface SentenceFeatures {
  readonly words: readonly WordInfo[];
  readonly gazBegins: Uint16Array;
  readonly gazInside: Uint16Array;
  /** All-capital sentences (CoNLL headlines, shouted text) lose the capitalisation signal. */
  readonly headline: boolean;
  /** Packed word-class ids per token (WordClusters.lookup), -1 when unknown. */
  readonly clusters: Int32Array;
  readonly granularities: number;
}

/** The lexical resources a sentence is matched against. */
export interface Lexicons {
  readonly gazetteer: Gazetteer;
  readonly clusters: WordClusters | null;
}

/** Looks up every word, gazetteer match and word class of a tokenised sentence, once. */
export function prepareSentence(tokens: readonly string[], lexicons: Lexicons): SentenceFeatures {
  const { gazetteer, clusters } = lexicons;
  const words = tokens.map((t) => wordInfo(t));
  const clusterIds = Int32Array.from(tokens, (t) => (clusters ? clusters.lookup(t) : -1));
  const { begins, inside } = gazetteer.label(words.map((w) => w.lower));
  let capitals = 0;
  let lettered = 0;
  for (const w of words) {
    if (w.flags & FLAG.noLetters) continue;
    lettered++;
    if (w.flags & FLAG.allCapitals) capitals++;
  }
  const headline = lettered >= 2 && capitals === lettered;
  return { words, gazBegins: begins, gazInside: inside, headline, clusters: clusterIds, granularities: clusters?.granularities ?? 0 };
}

/** Writes the tag-independent feature ids of token i into `out`; returns how many. */
export function staticFeatures(s: SentenceFeatures, i: number, out: Int32Array): number {
  const w = s.words[i];
  if (!w) return 0;
  let n = 0;
  out[n++] = T.bias;
  for (let k = 0; k < w.own.length; k++) out[n++] = w.own[k] ?? 0;
  if (i === 0) {
    out[n++] = T.first;
    out[n++] = mixHash(T.firstShape, w.shortShapeHash);
    out[n++] = mixHash(T.firstLower, w.lowerHash);
  }
  if (s.headline) {
    out[n++] = T.headline;
    out[n++] = mixHash(T.headlineLower, w.lowerHash);
  }
  for (let k = 0; k < OFFSETS.length; k++) {
    const other = s.words[i + (OFFSETS[k] ?? 0)];
    out[n++] = mixHash(T.lowerAt + k, other ? other.lowerHash : BOUNDARY);
    out[n++] = mixHash(T.shapeAt + k, other ? other.shortShapeHash : BOUNDARY);
  }
  const left = s.words[i - 1];
  const right = s.words[i + 1];
  const leftLower = left ? left.lowerHash : BOUNDARY;
  const rightLower = right ? right.lowerHash : BOUNDARY;
  out[n++] = mixHash(T.bigramLeft, mixHash(leftLower, w.lowerHash));
  out[n++] = mixHash(T.bigramRight, mixHash(w.lowerHash, rightLower));
  const leftShape = left ? left.shortShapeHash : BOUNDARY;
  const rightShape = right ? right.shortShapeHash : BOUNDARY;
  out[n++] = mixHash(T.shapeTrigram, mixHash(mixHash(leftShape, w.shortShapeHash), rightShape));
  n = gazetteerFeatures(s, i, (w.flags & FLAG.initialCapital) !== 0, out, n);
  n = clusterFeatures(s, i, out, n);
  return n;
}

/** Word classes of the token and its two neighbours, at every granularity (Ratinov & Roth 2009, §4). */
function clusterFeatures(s: SentenceFeatures, i: number, out: Int32Array, start: number): number {
  let n = start;
  for (let k = 0; k < 3; k++) {
    const packed = s.clusters[k === 0 ? i : k === 1 ? i - 1 : i + 1] ?? -1;
    if (packed < 0) continue;
    for (let g = 0; g < s.granularities; g++) out[n++] = mixHash(T.cluster + 4 * g + k, Math.floor(packed / 1024 ** g) % 1024);
  }
  return n;
}

function gazetteerFeatures(s: SentenceFeatures, i: number, capital: boolean, out: Int32Array, start: number): number {
  let n = start;
  const begins = s.gazBegins[i] ?? 0;
  const inside = s.gazInside[i] ?? 0;
  const leftBits = (s.gazBegins[i - 1] ?? 0) | (s.gazInside[i - 1] ?? 0);
  const rightBits = (s.gazBegins[i + 1] ?? 0) | (s.gazInside[i + 1] ?? 0);
  if ((begins | inside | leftBits | rightBits) === 0) return n;
  for (let list = 0; list < GAZETTEER_LISTS; list++) {
    const bit = 1 << list;
    if (begins & bit) {
      out[n++] = mixHash(T.gazBegin, list);
      out[n++] = mixHash(T.gazBeginCap, list * 2 + (capital ? 1 : 0));
    }
    if (inside & bit) {
      out[n++] = mixHash(T.gazInside, list);
      out[n++] = mixHash(T.gazInsideCap, list * 2 + (capital ? 1 : 0));
    }
    if (leftBits & bit) out[n++] = mixHash(T.gazLeft, list);
    if (rightBits & bit) out[n++] = mixHash(T.gazRight, list);
  }
  return n;
}

/** Appends what the document memory holds for token i (names tagged in earlier sentences). */
export function memoryFeatures(s: SentenceFeatures, i: number, memory: DocumentMemory | null, out: Int32Array, start: number): number {
  const w = s.words[i];
  if (!memory || !w) return start;
  return memory.features(w, (w.flags & FLAG.initialCapital) !== 0, out, start);
}

/** Number of features transitionFeatures writes. */
export const TRANSITION_FEATURES = 3;

/**
 * Writes the features of the previous tag (OUTSIDE before the sentence start): the tag bigram,
 * and the previous tag joined with this word and with its shape (a first-order chain, so
 * decoding can be exact Viterbi; Collins 2002).
 */
export function transitionFeatures(s: SentenceFeatures, i: number, prev: number, out: Int32Array): number {
  const w = s.words[i];
  out[0] = PREV_TAG[prev] ?? 0;
  out[1] = mixHash(PREV_TAG_LOWER[prev] ?? 0, w ? w.lowerHash : 0);
  out[2] = mixHash(PREV_TAG_SHAPE[prev] ?? 0, w ? w.shortShapeHash : 0);
  return TRANSITION_FEATURES;
}

// Per-previous-tag template hashes, computed once: transitions are the hot loop of decoding.
const PREV_TAG = Int32Array.from({ length: 256 }, (_, prev) => mixHash(T.prevTag, prev));
const PREV_TAG_LOWER = Int32Array.from({ length: 256 }, (_, prev) => mixHash(T.prevTagLower, prev));
const PREV_TAG_SHAPE = Int32Array.from({ length: 256 }, (_, prev) => mixHash(T.prevTagShape, prev));
