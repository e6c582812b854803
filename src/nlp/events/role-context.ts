/**
 * What role assignment works with and returns: the roles of one trigger, the sentence context they
 * are read in, and pronoun resolution against it. Shared by the active (assign-roles.ts) and
 * passive (passive-roles.ts) rules.
 */
import type { ActorRef } from '../../core/analysis.ts';
import type { Segment } from './clauses.ts';
import type { ArgMention } from './mentions.ts';
import { inPP } from './phrases.ts';
import type { Token } from './tokens.ts';

export interface Roles {
  readonly sources: readonly ActorRef[];
  /** Conjoined targets ("mocked the US and the UK") give one event each; empty when none. */
  readonly targets: readonly ActorRef[];
  /** Token index where the subject ends, for the modality window: the verb group is read after it. */
  readonly subjectEnd: number;
  readonly how: 'passive' | 'nominal' | 'light-verb' | 'subject' | 'borrowed' | 'discourse' | 'place' | 'none';
  /** The source is the object of the verb governing the act's to-infinitive ("urged Russia to withdraw"). */
  readonly controlled?: boolean;
  /**
   * "gave permission to Russia to help Israel": the giver of what lets the source act. A refusal
   * of the act ("would not give permission to Russia to help") is the giver's, aimed at the
   * source (the recipient), not at the act's own target.
   */
  readonly grantor?: readonly ActorRef[];
  /** A use of force watched over by its own side with no target: a show of force (CAMEO 150), not an attack. */
  readonly shown?: boolean;
}

export interface RoleContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ArgMention[];
  readonly segments: readonly Segment[];
  /** The actor last used as a source before this sentence, for pronouns opening it. */
  readonly previous: ActorRef | null;
  /** Token indices of reporting verbs ("said", "told") in the sentence, ascending. */
  readonly reports?: readonly number[];
  /** The source of the latest act of each type before this sentence, with its own subject. */
  readonly lastOfType?: ReadonlyMap<string, ActorRef>;
  /**
   * Per type of act, per actor key (countryKey): how many asserted acts of that type with a named
   * source the actor received before this sentence, minus how many it did.
   */
  readonly targetBalance?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * "Russia told the United States that it had no intention ...": a pronoun opening a that-clause
 * of a reporting verb is the reporter (subject preference), not the nearer addressee.
 */
function reporterOf(ctx: RoleContext, m: ArgMention): ActorRef | null {
  const segIndex = ctx.segments.findIndex((s) => s.first <= m.first && m.first <= s.last);
  const seg = ctx.segments[segIndex];
  const gov = ctx.segments[segIndex - 1];
  if (seg === undefined || gov === undefined || seg.opener !== 'that' || m.first > seg.first + 1) return null;
  const report = (ctx.reports ?? []).find((r) => r >= gov.first && r <= gov.last);
  if (report === undefined) return null;
  const subject = ctx.mentions.find((x) => x.first >= gov.first && x.last < report && !x.pronoun && !inPP(ctx.tokens, x, gov.first));
  return subject?.ref ?? null;
}

/** First-person pronouns, which a quotation's speaker may have replaced. */
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'my', 'me']);

export function resolve(ctx: RoleContext, m: ArgMention): ActorRef | null {
  if (!m.pronoun) return m.ref;
  const reporter = reporterOf(ctx, m);
  if (reporter !== null) return reporter;
  // A first-person "we" of a quotation already stands for its speaker; a third-person pronoun
  // ("they", "it") is someone else: "Every indication we have is they're prepared ...".
  const third = !FIRST_PERSON.has(ctx.tokens[m.first]?.lower ?? '');
  const before = ctx.mentions.findLast(
    (x) => x.last < m.first && !x.pronoun && !(third && FIRST_PERSON.has(ctx.tokens[x.first]?.lower ?? '')),
  );
  return before?.ref ?? ctx.previous;
}

/** The actors of `ms`, pronouns resolved; a mention that resolves to none is left out. */
export function resolveAll(ctx: RoleContext, ms: readonly ArgMention[]): ActorRef[] {
  return ms.map((m) => resolve(ctx, m)).filter((r): r is ActorRef => r !== null);
}
