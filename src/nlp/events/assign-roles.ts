/**
 * Source and target of a trigger from clause structure, without a parser:
 *   - passive ("was demolished by a Ukrainian protester"): source after "by", target the subject;
 *   - nominal ("Russia's invasion of Ukraine", "the attack by X on Y", "support from China"): the
 *     actor right before the noun or after by/from is the source, the one after on/of/against/
 *     to/in the target;
 *   - verbal: the subject is the first actor of the trigger's clause not inside a prepositional
 *     phrase ("The US commander in Iraq met ..." → US); a clause with none ("... that would
 *     withdraw", "who met") borrows the governing clause's subject; pronouns resolve to the
 *     previous actor; the target is the first actor after the trigger in its clause that is not
 *     the source ("urged Russia to", "attacked Ukraine", "talks with Germany").
 * Conjoined subjects ("Obama and Putin met") give one source each.
 */
import type { ActorRef } from '../../core/analysis.ts';
import type { Segment } from './clauses.ts';
import type { ArgMention } from './mentions.ts';
import type { TriggerHit } from './propose-triggers.ts';
import { conjoined, countryKey, inPP, lightVerbBefore, perceptionBefore, TARGET_PREP, targetsIn } from './phrases.ts';
import type { Token } from './tokens.ts';
import { VERBAL_TYPES } from './modality.ts';

export interface Roles {
  readonly sources: readonly ActorRef[];
  /** Conjoined targets ("mocked the US and the UK") give one event each; empty when none. */
  readonly targets: readonly ActorRef[];
  /** Token index where the subject search started, for the modality window. */
  readonly subjectEnd: number;
  readonly how: 'passive' | 'nominal' | 'light-verb' | 'subject' | 'borrowed' | 'discourse' | 'none';
}

export interface RoleContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ArgMention[];
  readonly segments: readonly Segment[];
  /** The actor last used as a source before this sentence, for pronouns opening it. */
  readonly previous: ActorRef | null;
  /** Token indices of reporting verbs ("said", "told") in the sentence, ascending. */
  readonly reports?: readonly number[];
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

/**
 * "The Pentagon said Russia had moved more troops": with a reporting verb between the clause's
 * first actor and the trigger, the actor after that verb is the trigger's subject; the first is
 * the one who reports it.
 */
function reportedSubject(ctx: RoleContext, subject: ArgMention, k: number, segFirst: number): ArgMention {
  const report = [...(ctx.reports ?? [])].reverse().find((r) => r > subject.last && r < k);
  if (report === undefined) return subject;
  return ctx.mentions.find((m) => m.first > report && m.last < k && !inPP(ctx.tokens, m, segFirst)) ?? subject;
}

function resolve(ctx: RoleContext, m: ArgMention): ActorRef | null {
  if (!m.pronoun) return m.ref;
  const reporter = reporterOf(ctx, m);
  if (reporter !== null) return reporter;
  const before = [...ctx.mentions].reverse().find((x) => x.last < m.first && !x.pronoun);
  return before?.ref ?? ctx.previous;
}

/** "X said (that) Y must ...": the speaker before the reporting verb at `report`, the addressee before the trigger. */
export function reporterRoles(ctx: RoleContext, hit: TriggerHit, report: number): Roles {
  const { tokens, mentions } = ctx;
  const speaker = mentions.find((m) => m.last < report && !inPP(tokens, m, 0));
  const addressee = [...mentions].reverse().find((m) => m.first > report && m.last < hit.head);
  const source = speaker === undefined ? null : resolve(ctx, speaker);
  const target = addressee === undefined ? null : resolve(ctx, addressee);
  return {
    sources: source === null ? [] : [source],
    targets: target === null || countryKey(target) === countryKey(source) ? [] : [target],
    subjectEnd: hit.head - 1,
    how: 'subject',
  };
}

/** A mention followed by "'s": it possesses the next noun ("the Kremlin's situation centre"). */
function possessive(tokens: readonly Token[], m: ArgMention): boolean {
  const next = tokens[m.last + 1]?.text;
  return next === "'s" || next === '’s';
}

/** The "it" of a cleft or extraposition ("it is not Russia who ...", "it was reported") stands for no actor. */
function expletive(tokens: readonly Token[], m: ArgMention): boolean {
  return m.pronoun && tokens[m.first]?.lower === 'it' && tokens[m.first + 1]?.lemma === 'be';
}

/** Indefinite pronouns that fill an act's object: its target is no one in particular. */
const INDEFINITE_OBJECTS = new Set(['anyone', 'anybody', 'nobody', 'everyone', 'everybody', 'someone', 'somebody']);

/** Acts that hand something over: their target is the recipient after "to", not a modifier of the thing given. */
const TRANSFERS = new Set(['AID', 'COOPERATE']);

/** "delivered the American document to Russia's foreign ministry": the actor after "to" is the recipient. */
function recipient(ctx: RoleContext, from: number, to: number, sources: readonly ActorRef[]): ActorRef[] {
  const m = ctx.mentions.find(
    (x) =>
      x.first >= from &&
      x.first <= to &&
      !x.pronoun &&
      ctx.tokens[x.first - 1]?.lower === 'to' &&
      !sources.some((s) => countryKey(s) === countryKey(x.ref)),
  );
  return m === undefined ? [] : [m.ref];
}

export function assignRoles(ctx: RoleContext, hit: TriggerHit, segIndex: number): Roles {
  const { tokens, mentions, segments } = ctx;
  const seg = segments[segIndex] ?? { first: 0, last: tokens.length - 1, opener: '' };
  const k = hit.head;
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  const isPassive =
    !hit.nominal && /(?:ed|en|wn)$/u.test(tokens[k]?.lower ?? '') && [prev, prev2].some((t) => t?.lemma === 'be' || t?.lemma === 'get');
  if (isPassive) {
    const by = tokens.findIndex((t, i) => i > hit.last && i <= seg.last && t.lower === 'by');
    const agent = by < 0 ? undefined : mentions.find((m) => m.first > by && m.first <= by + 4);
    const subject = mentions.find((m) => m.first >= seg.first && m.last < k);
    const patient = subject === undefined ? null : resolve(ctx, subject);
    if (agent !== undefined) return { sources: [agent.ref], targets: patient === null ? [] : [patient], subjectEnd: k - 1, how: 'passive' };
  }
  if (hit.nominal) {
    const near = [...mentions]
      .reverse()
      .find((m) => m.last < k && m.last >= k - 3 && !tokens.slice(m.last + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'ADP'));
    const byIdx = tokens.findIndex(
      (t, i) => i > hit.last && i <= hit.last + 3 && (t.lower === 'by' || (t.lower === 'from' && hit.record.type !== 'RETREAT')),
    );
    // "from the Kremlin's situation centre": a possessor modifies a place or thing, it is not the agent.
    const agent = byIdx < 0 ? undefined : mentions.find((m) => m.first > byIdx && m.first <= byIdx + 4 && !possessive(tokens, m));
    const source = near ?? agent;
    if (source !== undefined) {
      // "proposals sent by the US and NATO": joint agents give one source each.
      const group = source === agent ? conjoined(tokens, mentions, agent, seg.last + 1) : [source];
      const sources = group.map((m) => resolve(ctx, m)).filter((r): r is ActorRef => r !== null);
      const after = mentions.find(
        (m) =>
          m.first > hit.last &&
          m.first <= hit.last + 5 &&
          m !== agent &&
          [tokens[m.first - 1], tokens[m.first - 2]].some((t) => TARGET_PREP.has(t?.lower ?? '')) &&
          !sources.some((s) => countryKey(s) === countryKey(m.ref)),
      );
      return { sources, targets: after === undefined ? [] : [after.ref], subjectEnd: k - 1, how: 'nominal' };
    }
    // The subject of "seen" is the observer, never the agent: "we have not seen any de-escalation".
    if (!lightVerbBefore(tokens, k) && (ctx.previous !== null || perceptionBefore(tokens, k))) {
      // A bare nominal act ("the invasion", "attacks on these cities"): the clause subject is
      // rarely its agent ("Biden warned of an invasion"), so the actor of the discourse is taken;
      // with no discourse yet (a lone sentence) the clause subject is the best guess left.
      const after = mentions.find(
        (m) =>
          m.first > hit.last &&
          m.first <= hit.last + 5 &&
          !m.pronoun &&
          [tokens[m.first - 1], tokens[m.first - 2]].some((t) => TARGET_PREP.has(t?.lower ?? '')),
      );
      const sources = ctx.previous === null ? [] : [ctx.previous];
      const targets = after === undefined || sources.some((s) => countryKey(s) === countryKey(after.ref)) ? [] : [after.ref];
      return { sources, targets, subjectEnd: k - 1, how: 'discourse' };
    }
  }
  let subject = mentions.find((m) => m.first >= seg.first && m.last < k && !inPP(tokens, m, seg.first));
  if (subject !== undefined) subject = reportedSubject(ctx, subject, k, seg.first);
  let how: Roles['how'] = hit.nominal ? 'light-verb' : 'subject';
  // "reports of Russia withdrawing": an actor right before a gerund or participle is its subject.
  subject ??= mentions.find(
    (m) => m.last < k && m.last >= k - 2 && !m.pronoun && !tokens.slice(m.last + 1, k).some((t) => t.pos === 'VERB'),
  );
  // "others, including officials in US and UK governments, have been sceptical": with no bare
  // subject, an actor inside the subject's prepositional phrase is the best evidence left.
  subject ??= mentions.find(
    (m) =>
      m.first >= seg.first &&
      m.last < k &&
      !m.pronoun &&
      tokens.slice(m.last + 1, k).every((t) => t.pos !== 'VERB' || t.lower.endsWith('ing')) &&
      segments[segIndex]?.opener !== 'that',
  );
  const gov = segments[segIndex - 1];
  const reportedClause =
    segments[segIndex]?.opener === 'that' && gov !== undefined && (ctx.reports ?? []).some((r) => r >= gov.first && r <= gov.last);
  if (subject === undefined && reportedClause && !VERBAL_TYPES.has(hit.record.type)) {
    // "Western nations claimed that additional forces were advancing": the reporter claims the act,
    // it does not do it; with no actor in the clause the act belongs to the discourse's actor.
    const sources = ctx.previous === null ? [] : [ctx.previous];
    return { sources, targets: targetsIn(tokens, mentions, hit.last + 1, seg.last, sources), subjectEnd: seg.first - 1, how: 'discourse' };
  }
  if (subject === undefined) {
    // Relative or complement clause with no subject of its own: take the governing clause's.
    for (let s = segIndex - 1; s >= 0 && subject === undefined; s--) {
      const g = segments[s];
      if (g === undefined) break;
      subject = mentions.find((m) => m.first >= g.first && m.last <= g.last && !inPP(tokens, m, g.first) && !expletive(tokens, m));
    }
    how = 'borrowed';
  }
  if (subject === undefined) {
    return { sources: [], targets: targetsIn(tokens, mentions, hit.last + 1, seg.last, []), subjectEnd: seg.first - 1, how: 'none' };
  }
  const group = conjoined(tokens, mentions, subject, k);
  const sources = group.map((m) => resolve(ctx, m)).filter((r): r is ActorRef => r !== null);
  // Joint parties to a meeting meet each other, not its venue: "American and Russian officials will
  // hold talks in Geneva". A lone party keeps the place as target, as CAMEO codes "attend a summit
  // in Switzerland" (PETRARCH-2 validation VERB_1).
  const venues = hit.record.type !== 'CONSULT' || sources.length < 2;
  // From the head on: a gapped pattern holds its object ("engaged Filipino peacekeepers in a firefight").
  let targets = TRANSFERS.has(hit.record.type) ? recipient(ctx, hit.head + 1, seg.last, sources) : [];
  // "attacking anyone and that Western talk ...": an indefinite object fills the slot, no actor later does.
  const indefinite = INDEFINITE_OBJECTS.has(tokens[hit.last + 1]?.lower ?? '');
  if (targets.length === 0 && !indefinite) targets = targetsIn(tokens, mentions, hit.head + 1, seg.last, sources, venues);
  // Verbal acts often name their target in the next clause ("warned that Russia would pay").
  const next = segments[segIndex + 1];
  if (targets.length === 0 && !indefinite && next !== undefined && next.opener === 'that')
    // Not the source's own side: "Biden and Putin agreed to a summit, on condition that Russia ...".
    targets = targetsIn(tokens, mentions, next.first, next.last, sources).filter(
      (t) => !sources.some((s) => countryKey(s) === countryKey(t)),
    );
  return { sources, targets, subjectEnd: how === 'borrowed' ? seg.first - 1 : (group[group.length - 1]?.last ?? k - 1), how };
}
