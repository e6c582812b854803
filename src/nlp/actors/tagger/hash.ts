/**
 * 32-bit hashing for feature ids. Features are never stored as strings: each is the hash of a
 * template id and a value, so the model is a table keyed by int32 ("feature hashing",
 * Weinberger et al. 2009) but with exact keys kept, so collisions only merge features that
 * share a 32-bit hash (rare at ~10^6 features), never whole buckets.
 */

/** FNV-1a over UTF-16 code units, seeded, then finalised with murmur3's avalanche step. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalise(h);
}

/** Combines two hashes into one (order matters), e.g. a template id with a value hash. */
export function mixHash(a: number, b: number): number {
  return finalise(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b);
}

/** murmur3 fmix32: spreads every input bit over the output. */
function finalise(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
