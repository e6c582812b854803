/**
 * The trigger lexicon: one record per verb-and-pattern family with its PLOVER type, mode, nearest
 * CAMEO code and the reason it exists (data/events/triggers.json). Patterns are lemma sequences (a head written `word/V` or `word/N`
 * must be a verb or a noun);
 * `_` is a gap of up to GAP_TOKENS tokens ("impose _ sanction" matches "imposed tough new sanctions").
 */
import { eventData } from './data.ts';

export type PosFilter = 'VERB' | 'NOUN' | 'ANY';

export interface TriggerRecord {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string;
  /** Word class of the pattern's head (its first word): verbs, nouns, or either. */
  readonly pos: PosFilter;
  readonly patterns: readonly string[];
  readonly reason: string;
  /**
   * `reporter`: the act is a demand reported by a speaker ("X said Y must ..."): source = speaker,
   * target = Y. `recipient`: the subject receives what the actor after "from" gives ("received
   * weapons from X"): source = the giver, target = the subject. `object-control`: a verb of
   * wanting that is a request only with an actor object and a to-infinitive ("wants Putin to leave").
   */
  readonly roles?: 'reporter' | 'recipient' | 'object-control';
  /** The type and code when the act has joint subjects ("Russia and Belarus held drills"). */
  readonly joint?: { readonly type: string; readonly cameo: string };
  /** A mutual act: joint subjects with no object act on each other ("the US and Russia met"). */
  readonly symmetric?: boolean;
  /**
   * Objects that make the word something else: one of these (lemma or word) within UNLESS_REACH
   * tokens after the head, or in the two tokens before it ("a video released by"), cancels the
   * trigger ("released video" is no release of persons).
   */
  readonly unless?: readonly string[];
  /**
   * Causes that make the act something else: one of these nouns in the in/by/from/during phrase
   * right after the head ("killed in a car crash", "killed by the flight MH17 crash") is an
   * accident, not a use of force. Looked for up to CAUSE_REACH tokens into the phrase.
   */
  readonly notCausedBy?: readonly string[];
}

/** How many tokens into the cause phrase a `notCausedBy` noun is looked for ("in [a] [helicopter] crash"). */
export const CAUSE_REACH = 6;

/** How far after a trigger's head an `unless` object is looked for ("released [the] [new] video"). */
export const UNLESS_REACH = 3;

/** One compiled pattern: its words (null = gap) and the record it belongs to. */
export interface CompiledPattern {
  readonly words: readonly (string | null)[];
  readonly record: TriggerRecord;
  /** Word class the head token must have (multi-word patterns accept any). */
  readonly pos: PosFilter;
  /** How many real words (not gaps): longer patterns win over shorter ones at the same head. */
  readonly length: number;
}

/** A gap `_` spans at most this many tokens: enough for "imposed tough new economic sanctions". */
export const GAP_TOKENS = 4;

export function compileLexicon(records: readonly TriggerRecord[]): ReadonlyMap<string, readonly CompiledPattern[]> {
  const byHead = new Map<string, CompiledPattern[]>();
  for (const record of records) {
    for (const pattern of record.patterns) {
      const [first = '', ...rest] = pattern.split(' ');
      // A head written `word/V` or `word/N` overrides the record's word class for that pattern.
      const [head = '', tag] = first.split('/');
      const pos: PosFilter = tag === 'V' ? 'VERB' : tag === 'N' ? 'NOUN' : rest.length > 0 ? 'ANY' : record.pos;
      const words = [head, ...rest.map((w) => (w === '_' ? null : w))];
      const list = byHead.get(head) ?? [];
      list.push({ words, record, pos, length: words.filter((w) => w !== null).length });
      byHead.set(head, list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  return byHead;
}

let lexicon: ReadonlyMap<string, readonly CompiledPattern[]> | null = null;

/** The shipped lexicon, compiled once. */
export function defaultLexicon(): ReadonlyMap<string, readonly CompiledPattern[]> {
  lexicon ??= compileLexicon(eventData('triggers.json') as TriggerRecord[]);
  return lexicon;
}
