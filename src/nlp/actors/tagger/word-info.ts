/**
 * Per-word-form features, computed once per distinct form and cached: the form, its lowercase,
 * shapes, prefixes and suffixes 1-4, orthographic flags (Ratinov & Roth 2009, table 1; Zhang &
 * Johnson 2003). Caching matters for speed: news text repeats its words, so most tokens cost one
 * Map lookup here instead of a dozen regex tests.
 */
import { hashString, mixHash } from './hash.ts';
import { FLAG_BITS, shortShape, wordFlags, wordShape } from './shape.ts';

/** Template ids of word-level features; a feature id is mixHash(template, value hash). */
export const WORD_TEMPLATE = {
  form: 1,
  lower: 2,
  shape: 3,
  shortShape: 4,
  prefix: 10, // + length 1-4
  suffix: 20, // + length 1-4
  flag: 30, // + bit index
} as const;

export interface WordInfo {
  readonly lower: string;
  readonly lowerHash: number;
  readonly shortShapeHash: number;
  readonly flags: number;
  /** Feature ids of the word's own features, ready to score. */
  readonly own: Int32Array;
}

/** Affixes up to this length; 4 is the usual cut (Ratinov & Roth use 1-4 as well). */
const MAX_AFFIX = 4;
/** Forget the cache past this many forms, so a long stream of novel tokens cannot grow memory. */
const CACHE_LIMIT = 200_000;

const cache = new Map<string, WordInfo>();

/** Curly apostrophes and quotes are folded to ASCII, as CoNLL's Reuters text has only ASCII. */
export function normaliseForm(form: string): string {
  return form.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** The cached features of one word form. */
export function wordInfo(form: string): WordInfo {
  const hit = cache.get(form);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const info = computeWordInfo(form);
  cache.set(form, info);
  return info;
}

function computeWordInfo(raw: string): WordInfo {
  const form = normaliseForm(raw);
  const lower = form.toLowerCase();
  const lowerHash = hashString(lower);
  const shortShapeHash = hashString(shortShape(form));
  const flags = wordFlags(form);
  const own: number[] = [
    mixHash(WORD_TEMPLATE.form, hashString(form)),
    mixHash(WORD_TEMPLATE.lower, lowerHash),
    mixHash(WORD_TEMPLATE.shape, hashString(wordShape(form))),
    mixHash(WORD_TEMPLATE.shortShape, shortShapeHash),
  ];
  const chars = Array.from(lower);
  for (let len = 1; len <= MAX_AFFIX && len < chars.length; len++) {
    own.push(mixHash(WORD_TEMPLATE.prefix + len, hashString(chars.slice(0, len).join(''))));
    own.push(mixHash(WORD_TEMPLATE.suffix + len, hashString(chars.slice(-len).join(''))));
  }
  for (let bit = 0; bit < FLAG_BITS; bit++) {
    if (flags & (1 << bit)) own.push(mixHash(WORD_TEMPLATE.flag + bit, 1));
  }
  return { lower, lowerHash, shortShapeHash, flags, own: Int32Array.from(own) };
}
