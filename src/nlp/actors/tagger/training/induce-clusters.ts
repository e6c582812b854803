/**
 * Induces word classes from unlabeled text, as a cheap stand-in for Brown clusters (Brown et al.
 * 1992), which Ratinov & Roth (2009, §4) and Turian et al. (2010) found to be among the most
 * useful NER features: words that occur in similar contexts (`Fiorentina`, `Sampdoria`) share a
 * class even when only one was seen in the labeled data.
 *
 * Method: each frequent word gets a sparse context vector (counts of the most frequent lowercase
 * words immediately left and right of it), weighted by positive PMI (Church & Hanks 1990) and
 * normalised; spherical k-means (Dhillon & Modha 2001) then groups the vectors, at two
 * granularities. Deterministic: centroids start at evenly spaced words of the frequency-sorted
 * vocabulary.
 */

export interface ClusterOptions {
  /** Words seen fewer times get no class (their vectors are too noisy). */
  readonly minCount: number;
  /** Context dimensions: this many most frequent lowercase words, on each side. */
  readonly contextWords: number;
  /** Number of classes per granularity, e.g. [64, 512]. */
  readonly sizes: readonly number[];
  readonly iterations: number;
}

/** word → one class id per granularity (in ClusterOptions.sizes order). */
export type ClusterMap = Map<string, number[]>;

interface SparseVector {
  readonly index: Int32Array;
  readonly value: Float32Array;
}

export function induceClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions): ClusterMap {
  const all = [...sentences];
  const wordCounts = new Map<string, number>();
  const contextCounts = new Map<string, number>();
  for (const s of all) {
    for (const w of s) {
      wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      const lower = w.toLowerCase();
      contextCounts.set(lower, (contextCounts.get(lower) ?? 0) + 1);
    }
  }
  const vocabulary = [...wordCounts].filter(([, c]) => c >= options.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const wordIndex = new Map(vocabulary.map(([w], i) => [w, i]));
  const contexts = [...contextCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.contextWords);
  const contextIndex = new Map(contexts.map(([w], i) => [w, i]));
  const dims = options.contextWords * 2 + 2;
  const rows = vocabulary.map(() => new Map<number, number>());
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const row = rows[wordIndex.get(s[i] ?? '') ?? -1];
      if (!row) continue;
      const left = i > 0 ? (contextIndex.get((s[i - 1] ?? '').toLowerCase()) ?? options.contextWords) : options.contextWords;
      const right = i + 1 < s.length ? (contextIndex.get((s[i + 1] ?? '').toLowerCase()) ?? options.contextWords) : options.contextWords;
      row.set(left, (row.get(left) ?? 0) + 1);
      const r = options.contextWords + 1 + right;
      row.set(r, (row.get(r) ?? 0) + 1);
    }
  }
  const vectors = ppmiVectors(rows, dims);
  const result: ClusterMap = new Map(vocabulary.map(([w]) => [w, []]));
  for (const k of options.sizes) {
    const assignment = sphericalKMeans(vectors, dims, Math.min(k, vectors.length), options.iterations);
    vocabulary.forEach(([w], i) => result.get(w)?.push(assignment[i] ?? 0));
  }
  return result;
}

function ppmiVectors(rows: readonly Map<number, number>[], dims: number): SparseVector[] {
  const columnTotals = new Float64Array(dims);
  let total = 0;
  for (const row of rows) {
    for (const [d, c] of row) {
      columnTotals[d] = (columnTotals[d] ?? 0) + c;
      total += c;
    }
  }
  return rows.map((row) => {
    let rowTotal = 0;
    for (const c of row.values()) rowTotal += c;
    const entries: [number, number][] = [];
    for (const [d, c] of row) {
      const pmi = Math.log((c * total) / (rowTotal * (columnTotals[d] ?? 1)));
      if (pmi > 0) entries.push([d, pmi]);
    }
    const norm = Math.sqrt(entries.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    return { index: Int32Array.from(entries, ([d]) => d), value: Float32Array.from(entries, ([, v]) => v / norm) };
  });
}

function sphericalKMeans(vectors: readonly SparseVector[], dims: number, k: number, iterations: number): Int32Array {
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const seed = vectors[Math.floor((c * vectors.length) / k)];
    if (seed) seed.index.forEach((d, j) => (centroids[c * dims + d] = seed.value[j] ?? 0));
  }
  const assignment = new Int32Array(vectors.length);
  for (let iteration = 0; iteration < iterations; iteration++) {
    vectors.forEach((v, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let score = 0;
        for (let j = 0; j < v.index.length; j++) score += (v.value[j] ?? 0) * (centroids[base + (v.index[j] ?? 0)] ?? 0);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[i] = best;
    });
    centroids.fill(0);
    vectors.forEach((v, i) => {
      const base = (assignment[i] ?? 0) * dims;
      v.index.forEach((d, j) => (centroids[base + d] = (centroids[base + d] ?? 0) + (v.value[j] ?? 0)));
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (centroids[c * dims + d] ?? 0) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = (centroids[c * dims + d] ?? 0) * scale;
    }
  }
  return assignment;
}
