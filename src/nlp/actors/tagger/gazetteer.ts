/**
 * Gazetteer membership features (Ratinov & Roth 2009, §5): a list of known names per entity type
 * and source, matched case-insensitively over token sequences. A token inside a match gets a
 * B or I label per (source, type) list; the tagger learns how far to trust each list, so noisy
 * lists (Phoenix's actor dictionaries mix people, places and demonyms) cost little.
 *
 * Entries are lowercase tokens joined by single spaces, tokenised as CoNLL tokenises
 * (`u.s.`, `o'brien`, `mazar-i-sharif`).
 */
import { ENTITY_TYPES, type EntityType } from './types.ts';

/** Where a list came from: the CoNLL-2003 training annotations, or external fact files. */
export type GazetteerSource = 'conll' | 'facts';
export const GAZETTEER_SOURCES: readonly GazetteerSource[] = ['conll', 'facts'];

/** Number of distinct (source, type) lists; a token's labels are two bit sets of this width. */
export const GAZETTEER_LISTS = GAZETTEER_SOURCES.length * ENTITY_TYPES.length;

/** Longest entry matched, in tokens; longer names are rare and slow every lookup. */
export const MAX_ENTRY_TOKENS = 6;

/** Serialised form: per source, per type, the entries. */
export type GazetteerData = Record<GazetteerSource, Record<EntityType, readonly string[]>>;

/** Bit position of one (source, type) list in a token's label sets. */
export function listIndex(source: GazetteerSource, type: EntityType): number {
  return GAZETTEER_SOURCES.indexOf(source) * ENTITY_TYPES.length + ENTITY_TYPES.indexOf(type);
}

/** Case-insensitive multi-token name lookup over all lists at once. */
export class Gazetteer {
  /** Entry → bit set of the lists holding it. */
  private readonly entries = new Map<string, number>();
  /** First token → longest entry length starting with it, so most positions need one lookup. */
  private readonly firstTokens = new Map<string, number>();

  constructor(data: GazetteerData) {
    for (const source of GAZETTEER_SOURCES) {
      for (const type of ENTITY_TYPES) {
        const bit = 1 << listIndex(source, type);
        for (const entry of data[source][type]) this.add(entry, bit);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private add(entry: string, bit: number): void {
    const tokens = entry.split(' ');
    if (tokens.length === 0 || tokens.length > MAX_ENTRY_TOKENS || entry === '') return;
    this.entries.set(entry, (this.entries.get(entry) ?? 0) | bit);
    const first = tokens[0] ?? '';
    this.firstTokens.set(first, Math.max(this.firstTokens.get(first) ?? 0, tokens.length));
  }

  /**
   * Labels each token: `begins[i]` / `inside[i]` hold a bit per list with a match that begins at
   * / continues through token i. Linear in tokens times MAX_ENTRY_TOKENS.
   */
  label(lowered: readonly string[]): { begins: Uint16Array; inside: Uint16Array } {
    const n = lowered.length;
    const begins = new Uint16Array(n);
    const inside = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const longest = this.firstTokens.get(lowered[i] ?? '');
      if (longest === undefined) continue;
      let key = '';
      const limit = Math.min(longest, n - i);
      for (let len = 1; len <= limit; len++) {
        key = len === 1 ? (lowered[i] ?? '') : `${key} ${lowered[i + len - 1] ?? ''}`;
        const bits = this.entries.get(key);
        if (bits === undefined) continue;
        // Every match is kept: "new york" and "new york stock exchange" both label their tokens,
        // and the tagger weighs the overlap.
        for (let k = 0; k < len; k++) {
          if (k === 0) begins[i] = (begins[i] ?? 0) | bits;
          else inside[i + k] = (inside[i + k] ?? 0) | bits;
        }
      }
    }
    return { begins, inside };
  }
}
