/**
 * Clause segments of a sentence from POS tags alone (wink-nlp has no parser): a new segment starts
 * at a subordinating conjunction ("that", "if", "while"), a relative pronoun, "but", or a semicolon
 * or colon. Roles and modality are read inside a trigger's segment; the segment before it is its
 * governing clause ("Putin said | that Russia would withdraw").
 */
import type { Token } from './tokens.ts';

export interface Segment {
  /** Token range [first, last]. */
  readonly first: number;
  readonly last: number;
  /** The token that opened it (lower case), or '' for the first segment. */
  readonly opener: string;
}

const OPENERS = new Set([
  'that',
  'if',
  'unless',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'when',
  'whether',
  'after',
  'before',
  'since',
  'once',
  'but',
  'which',
  'who',
  'as',
  'until',
  'so',
]);
const PUNCT = new Set([';', ':', '—', '–']);
/** Openers of adverbial clauses, which end at the next comma. */
const ADVERBIAL = new Set([
  'if',
  'unless',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'when',
  'after',
  'before',
  'since',
  'once',
  'as',
  'until',
  'even',
]);

/**
 * Words whose "that" opens a clause even where the tagger reads it as a determiner: "on condition
 * that Russia does not invade", "provided that", "assurances that troops would leave".
 */
const COMPLEMENT_HEADS = new Set([
  'condition',
  'provided',
  'providing',
  'given',
  'fact',
  'assurance',
  'guarantee',
  'promise',
  'claim',
  'warning',
  'sign',
  'report',
  'hope',
  'belief',
  'fear',
  'evidence',
  'news',
]);

function opens(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || i === 0) return false;
  if (PUNCT.has(t.text)) return true;
  if (!OPENERS.has(t.lower)) return false;
  // "that" as a determiner ("that agreement") or pronoun does not open a clause.
  if (t.lower === 'that') return t.pos === 'SCONJ' || COMPLEMENT_HEADS.has(tokens[i - 1]?.lemma ?? '');
  if (t.lower === 'as') return t.pos === 'SCONJ';
  if (t.lower === 'who' || t.lower === 'which') return true;
  return t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'if' || t.lower === 'unless';
}

/** Segments covering every token, in order. */
export function segmentClauses(tokens: readonly Token[]): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const lead = tokens[0]?.lower ?? '';
  let opener = ADVERBIAL.has(lead) ? lead : '';
  for (let i = 1; i < tokens.length; i++) {
    // An adverbial clause ("If Russia invades, ...") ends at its comma; the main clause follows.
    const closesAdverbial = ADVERBIAL.has(opener) && tokens[i]?.text === ',';
    if (!closesAdverbial && !opens(tokens, i)) continue;
    out.push({ first: start, last: i - 1, opener });
    start = i;
    opener = closesAdverbial ? ',' : (tokens[i]?.lower ?? '');
  }
  if (tokens.length > 0) out.push({ first: start, last: tokens.length - 1, opener });
  return out;
}

/** Index of the segment holding token `i`. */
export function segmentOf(segments: readonly Segment[], i: number): number {
  return Math.max(
    0,
    segments.findIndex((s) => s.first <= i && i <= s.last),
  );
}
