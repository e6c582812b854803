/**
 * Modality cue records (data/events/modality-cues.json): negation, modal verbs, conditionals,
 * plan and future words, claim markers and reporting verbs, each with a reason. A cue's `scope`
 * says where it is looked for: `aux` in the verb group between subject and trigger, `nominal`
 * just before a nominal trigger, `clause` anywhere in the trigger's clause before it, `object`
 * right after a verbal trigger ("threatens no one"), `cleft` at the start of the clause governing
 * a relative one ("it is not us who are threatening anyone").
 */
import { eventData } from './data.ts';
import type { Token } from './tokens.ts';

export type CueKind = 'negated' | 'hypothetical' | 'future' | 'claimed' | 'report';

export interface CueRecord {
  readonly id: string;
  readonly modality: CueKind;
  readonly scope: 'aux' | 'nominal' | 'clause' | 'object' | 'cleft';
  readonly words: readonly string[];
  readonly reason: string;
}

export interface CompiledCue {
  readonly record: CueRecord;
  readonly phrases: readonly (readonly string[])[];
}

export function compileCues(records: readonly CueRecord[]): CompiledCue[] {
  return records.map((record) => ({ record, phrases: record.words.map((w) => w.replace(/’/gu, "'").split(' ')) }));
}

let cues: CompiledCue[] | null = null;

export function defaultCues(): readonly CompiledCue[] {
  cues ??= compileCues(eventData('modality-cues.json') as CueRecord[]);
  return cues;
}

/** Index of the first token in [from, to] where the phrase starts (lemma or lower form), or -1. */
export function findPhrase(tokens: readonly Token[], phrase: readonly string[], from: number, to: number): number {
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    let ok = true;
    for (let w = 0; w < phrase.length; w++) {
      const t = tokens[i + w];
      if (t === undefined || (t.lower !== phrase[w] && t.lemma !== phrase[w]) || i + w > to) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}

/** Words (lower and lemma) of a sentence, computed once per token array: most phrases are ruled out by their first word. */
const wordSets = new WeakMap<readonly Token[], ReadonlySet<string>>();

function wordsOf(tokens: readonly Token[]): ReadonlySet<string> {
  let set = wordSets.get(tokens);
  if (set === undefined) {
    set = new Set(tokens.flatMap((t) => [t.lower, t.lemma]));
    wordSets.set(tokens, set);
  }
  return set;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);

/** A noun at `i`, or a word the tagger calls AUX after an adjective or article ("political will", "the will"). */
function nominalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const before = tokens[i - 1]?.pos ?? '';
  return NOMINAL_POS.has(t.pos) || (t.pos === 'AUX' && (before === 'ADJ' || before === 'DET'));
}

/** The first cue of `kind` and `scope` found in tokens [from, to], with the token it starts at. */
export function findCue(
  tokens: readonly Token[],
  all: readonly CompiledCue[],
  kind: CueKind,
  scope: CueRecord['scope'],
  from: number,
  to: number,
): { cue: CueRecord; at: number; word: string } | null {
  if (from > to) return null;
  const words = wordsOf(tokens);
  for (const c of all) {
    if (c.record.modality !== kind || c.record.scope !== scope) continue;
    for (const phrase of c.phrases) {
      if (!words.has(phrase[0] ?? '')) continue;
      let at = findPhrase(tokens, phrase, from, to);
      // In the verb group a cue is a verb or particle: "political will" is no future.
      while (at >= 0 && scope === 'aux' && nominalAt(tokens, at)) at = findPhrase(tokens, phrase, at + 1, to);
      if (at >= 0) return { cue: c.record, at, word: phrase.join(' ') };
    }
  }
  return null;
}

/** Token indices of every verb that starts a cue of `kind` and `scope` ("said", "told"), in order. */
export function verbCueIndices(tokens: readonly Token[], all: readonly CompiledCue[], kind: CueKind, scope: CueRecord['scope']): number[] {
  const words = wordsOf(tokens);
  const out = new Set<number>();
  for (const c of all) {
    if (c.record.modality !== kind || c.record.scope !== scope) continue;
    for (const phrase of c.phrases) {
      if (!words.has(phrase[0] ?? '')) continue;
      for (let at = findPhrase(tokens, phrase, 0, tokens.length - 1); at >= 0; at = findPhrase(tokens, phrase, at + 1, tokens.length - 1))
        if (tokens[at]?.pos === 'VERB') out.add(at);
    }
  }
  return [...out].sort((a, b) => a - b);
}
