/**
 * Main-text scoring as the Zyte article-extraction benchmark defines it (evaluate.py in
 * scrapinghub/article-extraction-benchmark): tokens are `\w+` runs (case kept), shingles are runs of
 * 4 tokens counted as a multiset; per page tp/fp/fn are normalised to sum to 1 so every page weighs
 * the same, then summed over pages before precision, recall and F1 are taken.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Normalised tp/fp/fn of one page (they sum to 1, or are all 0 when both texts are empty). */
export function pageCounts(gold: string, predicted: string, n = 4): PageCounts {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface PrfScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 over pages, each page weighted equally. */
export function corpusScores(pages: readonly PageCounts[]): PrfScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const page of pages) {
    tp += page.tp;
    fp += page.fp;
    fn += page.fn;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
