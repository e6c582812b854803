/**
 * Finds lexicon triggers in a sentence's tokens. A pattern's words match a token's lemma or its
 * lower-case form; gaps skip up to GAP_TOKENS tokens but never cross a clause-ending punctuation
 * mark. At each head the longest pattern wins, and the tokens it spans cannot head another trigger,
 * so "held talks" is one CONSULT, not a verb and a noun.
 */
import { CAUSE_REACH, GAP_TOKENS, UNLESS_REACH, type CompiledPattern, type TriggerRecord } from './lexicon.ts';
import { MODALS } from './phrases.ts';
import { forms, type Token } from './tokens.ts';

export interface TriggerHit {
  readonly record: TriggerRecord;
  /** Token index of the pattern's head word. */
  readonly head: number;
  /** Token index of its last word. */
  readonly last: number;
  /** Whether the head is used as a noun (nominal event: "the invasion"). */
  readonly nominal: boolean;
  readonly pattern: string;
}

const BARRIER = new Set(['.', ';', ':', '!', '?', '"', '“', '”']);
const VERBISH = new Set(['VERB', 'AUX']);

const same = (t: Token | undefined, word: string): boolean =>
  t !== undefined && (t.lemma === word || t.lower === word || forms(t).includes(word));

/** Index of the last token of `pattern` matched from `head`, or -1. */
function matchFrom(tokens: readonly Token[], head: number, words: readonly (string | null)[]): number {
  let i = head;
  for (let w = 1; w < words.length; w++) {
    const word = words[w];
    if (word === null || word === undefined) continue;
    const gap = words[w - 1] === null ? GAP_TOKENS : 0;
    let found = -1;
    for (let j = i + 1; j <= i + 1 + gap && j < tokens.length; j++) {
      if (same(tokens[j], word)) {
        found = j;
        break;
      }
      if (BARRIER.has(tokens[j]?.text ?? '')) break;
    }
    if (found < 0) return -1;
    i = found;
  }
  return i;
}

/**
 * A noun, or a gerund that is not part of a progressive verb group ("claims of Russian troops
 * withdrawing", "rather than withdrawing"): both name an act rather than assert it.
 */
function isNominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  // "A report released in Kigali alleged that France ...": a participle the tagger calls an
  // adjective is a verb when it takes a that-clause and no "be" makes it predicative.
  if (t.pos === 'ADJ' && /ed$/u.test(t.lower) && tokens[i + 1]?.lower === 'that' && tokens[i + 1]?.pos === 'SCONJ') {
    const before = tokens[i - 1];
    if (before !== undefined && before.lemma !== 'be' && before.pos !== 'AUX' && before.pos !== 'ADV') return false;
  }
  if (t.pos === 'ADJ' && BEFORE_VERB.has(tokens[i - 1]?.lower ?? '')) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') return true;
  if (!t.lower.endsWith('ing')) return false;
  const before = tokens[i - 1];
  const before2 = tokens[i - 2];
  const isBe = (x: Token | undefined): boolean => x !== undefined && (x.lemma === 'be' || x.pos === 'AUX');
  return !isBe(before) && !(before?.pos === 'ADV' && isBe(before2)) && before?.lower !== 'to';
}

/** True when an `unless` object of the record follows the head within UNLESS_REACH tokens, or sits just before it. */
function cancelled(tokens: readonly Token[], head: number, record: TriggerRecord): boolean {
  const unless = record.unless;
  if (unless === undefined) return false;
  // The object follows an active verb ("released a video") or precedes a participle ("a video released by").
  const around = [...tokens.slice(head + 1, head + 1 + UNLESS_REACH), ...tokens.slice(Math.max(0, head - 2), head)];
  return around.some((t) => unless.includes(t.lemma) || unless.includes(t.lower));
}

const CAUSE_PREPOSITIONS = new Set(['in', 'by', 'from', 'during']);

/** True when the in/by/from/during phrase right after the head (or one word later) names a `notCausedBy` cause. */
function accidental(tokens: readonly Token[], head: number, record: TriggerRecord): boolean {
  const causes = record.notCausedBy;
  if (causes === undefined) return false;
  const prep = [head + 1, head + 2].find((i) => CAUSE_PREPOSITIONS.has(tokens[i]?.lower ?? ''));
  if (prep === undefined) return false;
  for (let i = prep + 1; i <= prep + CAUSE_REACH && i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP') break;
    if (causes.includes(t.lemma) || causes.includes(t.lower)) return true;
  }
  return false;
}

/** Words after which the next word is a verb whatever its tag: "would free", "to free". */
const BEFORE_VERB: ReadonlySet<string> = new Set([...MODALS, 'to']);

function posOk(tokens: readonly Token[], i: number, pattern: CompiledPattern): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  // The tagger reads some verbs as adjectives after a modal ("it would free 150 prisoners").
  if (pattern.pos === 'VERB') return VERBISH.has(token.pos) || (token.pos === 'ADJ' && BEFORE_VERB.has(tokens[i - 1]?.lower ?? ''));
  if (pattern.pos === 'NOUN') return token.pos === 'NOUN' || token.pos === 'PROPN';
  return token.pos !== 'ADP' && token.pos !== 'PUNCT';
}

export function proposeTriggers(tokens: readonly Token[], lexicon: ReadonlyMap<string, readonly CompiledPattern[]>): TriggerHit[] {
  const out: TriggerHit[] = [];
  let consumedTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumedTo) continue;
    const token = tokens[i];
    if (token === undefined) continue;
    const candidates = [...new Set(forms(token))].flatMap((f) => lexicon.get(f) ?? []);
    let best: TriggerHit | null = null;
    let bestLength = 0;
    for (const pattern of candidates) {
      if (pattern.length <= bestLength || !posOk(tokens, i, pattern)) continue;
      const last = matchFrom(tokens, i, pattern.words);
      if (last < 0 || cancelled(tokens, i, pattern.record) || accidental(tokens, i, pattern.record)) continue;
      best = {
        record: pattern.record,
        head: i,
        last,
        nominal: isNominal(tokens, i),
        pattern: pattern.words.map((w) => w ?? '_').join(' '),
      };
      bestLength = pattern.length;
    }
    if (best === null) continue;
    out.push(best);
    // Only contiguous multi-word triggers consume their span; a gapped one leaves the gap open.
    if (!best.pattern.includes('_')) consumedTo = best.last;
  }
  return out;
}
