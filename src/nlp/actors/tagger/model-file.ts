/**
 * The on-disk model format `brink.ner/1`: JSON holding the gazetteer lists as plain facts and the
 * perceptron weights as base64 typed arrays (int32 feature ids, int16 weights with one shared
 * scale). Quantising to 16 bits changes no decision on CoNLL dev and halves the file.
 */
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import { TAG_COUNT } from './tags.ts';
import { WeightTable } from './weight-table.ts';
import { WordClusters, type WordClusterData } from './word-clusters.ts';

export const MODEL_FORMAT = 'brink.ner/1';

export interface NerModelFile {
  readonly format: typeof MODEL_FORMAT;
  /** How the model was made (data, epochs, seed, scores), for the record. */
  readonly about: Record<string, string | number>;
  readonly softmaxScale: number;
  readonly gazetteer: GazetteerData;
  /** Word classes induced from unlabeled news text; absent in models trained without them. */
  readonly clusters?: WordClusterData;
  readonly weights: {
    readonly count: number;
    /** Multiply an int16 weight by this to get the float weight. */
    readonly scale: number;
    readonly keys: string;
    readonly values: string;
  };
}

/** A loaded model, ready to tag. */
export interface NerModel {
  readonly weights: WeightTable;
  readonly gazetteer: Gazetteer;
  readonly clusters: WordClusters | null;
  readonly softmaxScale: number;
}

/** Unpacks a parsed model file; throws when its format or array sizes are wrong. */
export function modelFromFile(file: NerModelFile): NerModel {
  const format: string = file.format;
  if (format !== MODEL_FORMAT) {
    throw new Error(`Unexpected NER model format ${JSON.stringify(format)}, expected ${MODEL_FORMAT}`);
  }
  const keyBytes = Buffer.from(file.weights.keys, 'base64');
  const valueBytes = Buffer.from(file.weights.values, 'base64');
  const keys = new Int32Array(keyBytes.buffer.slice(keyBytes.byteOffset, keyBytes.byteOffset + keyBytes.byteLength));
  const quantised = new Int16Array(valueBytes.buffer.slice(valueBytes.byteOffset, valueBytes.byteOffset + valueBytes.byteLength));
  if (keys.length !== file.weights.count || quantised.length !== file.weights.count * TAG_COUNT) {
    throw new Error(`Corrupt NER model: ${keys.length} keys and ${quantised.length} weights for ${file.weights.count} features`);
  }
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = (quantised[i] ?? 0) * file.weights.scale;
  return {
    weights: new WeightTable(keys, weights),
    gazetteer: new Gazetteer(file.gazetteer),
    clusters: file.clusters ? new WordClusters(file.clusters) : null,
    softmaxScale: file.softmaxScale,
  };
}

/** Packs float weights into the file format; `keys`/`weights` as produced by training (already pruned). */
export function modelToFile(
  keys: Int32Array,
  weights: Float32Array,
  gazetteer: GazetteerData,
  clusters: WordClusterData | null,
  softmaxScale: number,
  about: Record<string, string | number>,
): NerModelFile {
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const quantised = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantised[i] = Math.round((weights[i] ?? 0) / scale);
  return {
    format: MODEL_FORMAT,
    about,
    softmaxScale,
    gazetteer,
    ...(clusters ? { clusters } : {}),
    weights: {
      count: keys.length,
      scale,
      keys: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('base64'),
      values: Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength).toString('base64'),
    },
  };
}
