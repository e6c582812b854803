/**
 * Document memory: the "extended prediction history" of Ratinov & Roth (2009, §6.3). A name is
 * usually tagged the same way throughout an article, and its first mention tends to have the
 * clearest context ("Leeds United beat ..." then "Leeds" alone; "Michael Jordan" then "Jordan").
 * The memory counts, per lowercase word, the entity types already assigned to it in this document;
 * the tagger sees which types a word has had so far, and the majority one.
 */
import { mixHash as importedMixHash } from './hash.ts';
import { ENTITY_TYPES } from './types.ts';
import { OUTSIDE, typeIndexOfTag } from './tags.ts';
import type { WordInfo } from './word-info.ts';

/** Local alias: an imported binding may compile to a getter call, and this runs per feature. */
const mixHash = importedMixHash;

const T_HAS = 160;
const T_MAJORITY = 161;
const T_CAPITAL_MAJORITY = 162;

/** Forget past this many distinct words: very long inputs must not grow memory without bound. */
const MAX_WORDS = 50_000;

export class DocumentMemory {
  private readonly counts = new Map<number, Uint32Array>();

  /** Records the tag given to a word (O tags are not recorded: only names are remembered). */
  record(word: WordInfo, tag: number): void {
    if (tag === OUTSIDE) return;
    let row = this.counts.get(word.lowerHash);
    if (!row) {
      if (this.counts.size >= MAX_WORDS) this.counts.clear();
      row = new Uint32Array(ENTITY_TYPES.length);
      this.counts.set(word.lowerHash, row);
    }
    const type = typeIndexOfTag(tag);
    row[type] = (row[type] ?? 0) + 1;
  }

  /** Appends the memory features of `word` to `out` from index `start`; returns the new length. */
  features(word: WordInfo, capitalised: boolean, out: Int32Array, start: number): number {
    const row = this.counts.get(word.lowerHash);
    if (!row) return start;
    let n = start;
    let majority = 0;
    for (let type = 0; type < row.length; type++) {
      const count = row[type] ?? 0;
      if (count > 0) out[n++] = mixHash(T_HAS, type);
      if (count > (row[majority] ?? 0)) majority = type;
    }
    out[n++] = mixHash(T_MAJORITY, majority);
    out[n++] = mixHash(T_CAPITAL_MAJORITY, majority * 2 + (capitalised ? 1 : 0));
    return n;
  }

  clear(): void {
    this.counts.clear();
  }
}
