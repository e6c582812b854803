/**
 * The working shapes shared by the proposers: one sentence with its tokens, one cue hit, and a
 * candidate quote before its speaker is resolved to an ActorRef.
 */
import type { Span } from '../../core/span.ts';
import type { CueRecord } from './cue-lexicon.ts';
import type { SpeakerPhrase } from './noun-phrase.ts';
import type { Token } from './tokens.ts';

export interface SentenceView extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

export interface CueHit extends Span {
  readonly text: string;
  /** Token indices [first, last] of the cue in its sentence. */
  readonly first: number;
  readonly last: number;
  /** null for "according to"-style cues, whose speaker follows them. */
  readonly record: CueRecord | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Candidate extends Span {
  readonly kind: QuoteKind;
  readonly cue: (Span & { readonly text: string }) | null;
  readonly speaker: SpeakerPhrase | null;
  /** A floating quote borrows the speaker of the quote before it. */
  readonly speakerFromPrevious: boolean;
  readonly rule: string;
  readonly confidence: number;
  readonly sentence: number;
}

/**
 * A candidate whose speaker is named at its own cue (every proposer but the floating quote): the
 * content span and kind, the cue (only its span and text are kept, so a CueHit or a token may be
 * passed as is), the speaker phrase, the rule and confidence, the sentence index.
 */
export function spokenCandidate(
  content: Span & { readonly kind: QuoteKind },
  cue: Span & { readonly text: string },
  speaker: SpeakerPhrase | null,
  rule: string,
  confidence: number,
  sentence: number,
): Candidate {
  return {
    ...content,
    cue: { start: cue.start, end: cue.end, text: cue.text },
    speaker,
    speakerFromPrevious: false,
    rule,
    confidence,
    sentence,
  };
}
