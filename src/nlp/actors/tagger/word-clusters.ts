/**
 * Word classes induced from unlabeled news text (see training/induce-clusters.ts), looked up per
 * token. Lookup tries the form as written, then title case, then lowercase, so an all-capitals
 * headline word (`GERMANY`) finds the class of `Germany`.
 */

/** Serialised form: words joined by newlines, and their class ids, granularity-major. */
export interface WordClusterData {
  /** Number of classes at each granularity, e.g. [64, 512]. */
  readonly sizes: readonly number[];
  readonly words: string;
  /** Base64 Uint16Array of `sizes.length * wordCount` ids: all coarse ids, then all fine ids. */
  readonly ids: string;
}

export class WordClusters {
  private readonly classes = new Map<string, number>();
  readonly granularities: number;

  constructor(data: WordClusterData) {
    const words = data.words === '' ? [] : data.words.split('\n');
    const bytes = Buffer.from(data.ids, 'base64');
    const ids = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    this.granularities = data.sizes.length;
    if (ids.length !== words.length * this.granularities) {
      throw new Error(`Corrupt word clusters: ${ids.length} ids for ${words.length} words`);
    }
    // Packed 10 bits per granularity (class g in bits 10g..10g+9; sizes are at most 1024) so one
    // number carries all of them.
    words.forEach((word, i) => {
      let packed = 0;
      for (let g = this.granularities - 1; g >= 0; g--) packed = packed * 1024 + (ids[g * words.length + i] ?? 0);
      this.classes.set(word, packed);
    });
  }

  /** Packed class ids of `form` (granularity g in bits 10g..10g+9), or -1 when unknown. */
  lookup(form: string): number {
    const exact = this.classes.get(form);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const title = form.charAt(0) + lower.slice(1);
    return this.classes.get(title) ?? this.classes.get(lower) ?? -1;
  }
}

/** Packs a word → ids map into the serialised form (words in the map's order). */
export function clustersToData(map: ReadonlyMap<string, readonly number[]>, sizes: readonly number[]): WordClusterData {
  const words = [...map.keys()];
  const ids = new Uint16Array(words.length * sizes.length);
  words.forEach((word, i) => {
    const classes = map.get(word) ?? [];
    sizes.forEach((_, g) => (ids[g * words.length + i] = classes[g] ?? 0));
  });
  return { sizes, words: words.join('\n'), ids: Buffer.from(ids.buffer).toString('base64') };
}
