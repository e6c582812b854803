/**
 * Source and target of a trigger from clause structure, without a parser:
 *   - passive ("was demolished by a Ukrainian protester"): source after "by", target the subject
 *     (passive-roles.ts, also for passives with no "by" agent);
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
import {
  actorAfter,
  conjoined,
  countryKey,
  governingVerbIndex,
  inPP,
  lightVerbBefore,
  perceptionBefore,
  TARGET_PREP,
  targetsIn,
} from './phrases.ts';
import type { Token } from './tokens.ts';
import { VERBAL_TYPES } from './modality.ts';
import { afterPassive, agentlessPassive, agentOfPassivePredicate, NP_INSIDE, passiveAt, PATIENT_TYPES } from './passive-roles.ts';
import { resolve, resolveAll, type RoleContext, type Roles } from './role-context.ts';

/** The subject of a clause starting at `floor`: its first actor ending before `end` that is not inside a prepositional phrase. */
function subjectBefore(tokens: readonly Token[], mentions: readonly ArgMention[], floor: number, end: number): ArgMention | undefined {
  return mentions.find((m) => m.first >= floor && m.last < end && !inPP(tokens, m, floor));
}

/** How far after a nominal act the actor of its "on/of/against ..." phrase may start ("attacks on these cities"). */
const PREP_TARGET_REACH = 5;

/**
 * The first actor within PREP_TARGET_REACH tokens after the nominal act ending at `last` whose
 * phrase a TARGET_PREP heads, one or two words before it ("invasion of Ukraine", "attack on the
 * city of Kyiv"), and that passes `ok`.
 */
function preppedTarget(
  tokens: readonly Token[],
  mentions: readonly ArgMention[],
  last: number,
  ok: (m: ArgMention) => boolean,
): ArgMention | undefined {
  return mentions.find(
    (m) =>
      m.first > last &&
      m.first <= last + PREP_TARGET_REACH &&
      [tokens[m.first - 1], tokens[m.first - 2]].some((t) => TARGET_PREP.has(t?.lower ?? '')) &&
      ok(m),
  );
}

/** Possessive determiners that tie a noun to an actor named elsewhere ("its troops", "their forces"). */
const POSSESSIVES = new Set(['its', 'their', 'our']);

/**
 * "The Pentagon said Russia had moved more troops": with a reporting verb between the clause's
 * first actor and the trigger, the actor after that verb is the trigger's subject; the first is
 * the one who reports it.
 */
function reportedSubject(ctx: RoleContext, subject: ArgMention, k: number, segFirst: number): ArgMention {
  const report = (ctx.reports ?? []).findLast((r) => r > subject.last && r < k);
  if (report === undefined) return subject;
  return ctx.mentions.find((m) => m.first > report && m.last < k && !inPP(ctx.tokens, m, segFirst)) ?? subject;
}

/**
 * "Obama and Putin said they will attack Iraq": a plural pronoun whose nearest antecedent closes a
 * conjoined group stands for the whole group. Null when that is not the case.
 */
function pluralAntecedents(ctx: RoleContext, m: ArgMention): ActorRef[] | null {
  const t = ctx.tokens[m.first];
  if (!m.pronoun || (t?.lower !== 'they' && t?.lower !== 'we')) return null;
  const before = ctx.mentions.filter((x) => x.last < m.first && !x.pronoun);
  const nearest = before[before.length - 1];
  if (nearest === undefined) return null;
  for (const head of before) {
    const group = conjoined(ctx.tokens, ctx.mentions, head, m.first);
    if (group.length > 1 && group[group.length - 1] === nearest) return group.map((x) => x.ref);
  }
  return null;
}

/** "X said (that) Y must ...": the speaker before the reporting verb at `report`, the addressee before the trigger. */
export function reporterRoles(ctx: RoleContext, hit: TriggerHit, report: number): Roles {
  const { tokens, mentions } = ctx;
  const speaker = mentions.find((m) => m.last < report && !inPP(tokens, m, 0));
  const addressee = mentions.findLast((m) => m.first > report && m.last < hit.head);
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

/**
 * The object of a verb right before a to-infinitive at `k`, which is the infinitive's subject:
 * "wants [Putin] to attack", "urged [Russia] to withdraw", "told [Kyiv] to stop". Not an object of
 * a preposition ("spoke to Putin to discuss") and not the verb's own subject.
 */
function infinitiveSubject(tokens: readonly Token[], mentions: readonly ArgMention[], k: number, floor: number): ArgMention | undefined {
  if (tokens[k - 1]?.lower !== 'to') return undefined;
  const last = mentions.find((x) => x.last === k - 2);
  if (last === undefined) return undefined;
  // "pressuring Ukraine and the West to make concessions": the object may be a conjoined group.
  const m = mentions.find((x) => x.last <= last.last && conjoined(tokens, mentions, x, k).includes(last)) ?? last;
  if (m.first <= floor || inPP(tokens, m, floor)) return undefined;
  let i = m.first - 1;
  while (i > floor && tokens[i]?.pos === 'DET') i--;
  return tokens[i]?.pos === 'VERB' ? m : undefined;
}

/** How far after "received <things>" the giver's "from" may come ("received weapons [last month] from"). */
export const GIVER_REACH = 4;

/**
 * "Georgian demonstrators received weapons from the Georgian government": receiving is the
 * giver's act seen from the recipient, so the actor after "from" is the source and the
 * receiving subject the target (CAMEO codes the giving: 07 aid, 03 assurances).
 */
function recipientRoles(ctx: RoleContext, hit: TriggerHit, segIndex: number): Roles {
  const { tokens, mentions, segments } = ctx;
  const seg = segments[segIndex] ?? { first: 0, last: tokens.length - 1, opener: '' };
  const from = tokens.findIndex(
    (t, i) => i > hit.last && i <= Math.min(seg.last, hit.last + GIVER_REACH) && (t.lower === 'from' || t.lower === 'by'),
  );
  const giver = from < 0 ? undefined : actorAfter(mentions, from);
  const givers = giver === undefined ? [] : conjoined(tokens, mentions, giver, seg.last + 1);
  const sources = resolveAll(ctx, givers);
  const receiver = standardRoles(ctx, hit, segIndex);
  const targets = receiver.how === 'none' ? [] : receiver.sources.filter((r) => !sources.some((s) => s.name === r.name));
  return { sources, targets, subjectEnd: receiver.subjectEnd, how: receiver.how };
}

/** Verbs whose subject undergoes the nominal act they govern: "faces pressure from", "received aid", "got support from". */
const UNDERGO_VERBS = new Set(['face', 'receive', 'suffer', 'endure', 'undergo', 'get']);

export function assignRoles(ctx: RoleContext, hit: TriggerHit, segIndex: number): Roles {
  return hit.record.roles === 'recipient' ? recipientRoles(ctx, hit, segIndex) : standardRoles(ctx, hit, segIndex);
}

/**
 * Start of a postposed attribution after token `k` (", US Deputy Secretary of Energy Jeffrey
 * Kupfer said here Wednesday"): a comma followed by a reporting verb with no other verb between,
 * and none after it.
 * Its speaker is who reports the act, never the act's target or agent.
 */
function attributionAfter(ctx: RoleContext, k: number, last: number): number {
  const report = (ctx.reports ?? []).find((r) => r > k && r <= last);
  if (report === undefined) return -1;
  // The attribution closes the sentence: nothing verbal follows its verb ("said on Monday").
  if (ctx.tokens.slice(report + 1, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'to' || t.lower === 'that'))
    return -1;
  for (let i = report - 1; i > k; i--) {
    const t = ctx.tokens[i];
    if (t === undefined || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (t.text === ',') return i;
  }
  return -1;
}

/** Verbs of admitting an act: "claimed responsibility for", "took responsibility for", "admitted responsibility for". */
const RESPONSIBILITY_VERBS = new Set(['claim', 'take', 'admit', 'accept', 'assume', 'bear']);

/**
 * The actor a sentence names as the author of the nominal act at `k`, whatever its clause's
 * subject: "evidence proving [Russia] was behind the chemical attacks" (the actor before
 * "be behind") and "[al-Shabab] claimed responsibility for the attack" (the subject of a verb
 * of admitting responsibility). Undefined when neither frame governs the noun.
 */
function culpritOf(ctx: RoleContext, k: number, seg: Segment): ArgMention | undefined {
  const { tokens, mentions } = ctx;
  let i = k - 1;
  while (i > seg.first && NP_INSIDE.has(tokens[i]?.pos ?? '') && !mentions.some((m) => m.first <= i && i <= m.last)) i--;
  const prep = tokens[i]?.lower;
  if (prep === 'behind') {
    // "Russia was (clearly) behind": the actor right before the copula.
    let b = i - 1;
    while (b > seg.first && tokens[b]?.pos === 'ADV') b--;
    if (tokens[b]?.lemma !== 'be') return undefined;
    return mentions.find((m) => m.last === b - 1);
  }
  if (prep !== 'for' || tokens[i - 1]?.lower !== 'responsibility') return undefined;
  let v = i - 2;
  while (v > seg.first && (tokens[v]?.pos === 'DET' || tokens[v]?.pos === 'ADJ')) v--;
  const verb = tokens[v];
  if (verb === undefined || !RESPONSIBILITY_VERBS.has(verb.lemma)) return undefined;
  return mentions.find((m) => m.first >= seg.first && m.last < v && !inPP(tokens, m, seg.first) && !expletive(tokens, m));
}

/** Hostile acts whose "against X" phrase names their target (CAMEO 16 sanctions, 17 coercion). */
const AGAINST_TYPES = new Set(['SANCTION', 'COERCE']);
/** How far after "against" the actor of its phrase may start ("against four senior officers in the Russian military"). */
export const AGAINST_REACH = 8;

/**
 * "announced asset freezes and bans on travel to Canada against four senior officers in the
 * Russian military": the actor of the "against" phrase is who a sanction hits, whatever "to" or
 * "on" phrases come first (those name where or what is restricted). The actor may sit inside the
 * phrase's noun phrase ("officers in the Russian military"). Undefined when there is none.
 */
function againstTarget(ctx: RoleContext, from: number, to: number, sources: readonly ActorRef[]): ActorRef | undefined {
  const { tokens, mentions } = ctx;
  const against = tokens.findIndex((t, i) => i >= from && i <= to && t.lower === 'against');
  if (against < 0) return undefined;
  const m = mentions.find(
    (x) =>
      x.first > against &&
      x.first <= Math.min(to, against + AGAINST_REACH) &&
      !x.pronoun &&
      tokens.slice(against + 1, x.first).every((t) => NP_INSIDE.has(t.pos) || t.lower === 'of' || t.lower === 'in' || t.lower === 'from'),
  );
  if (m === undefined || sources.some((s) => countryKey(s) === countryKey(m.ref))) return undefined;
  return m.ref;
}

/** Verbs that hand their object to a recipient after "to": "give permission to Russia", "granted access to the UN". */
const GRANT_VERBS = new Set(['give', 'grant', 'offer', 'issue', 'extend']);

/**
 * "would not give permission to [Russia] to help Israel": the actor after "to" that follows the
 * object of a verb of giving, right before the trigger's to-infinitive, is the recipient, which is
 * the infinitive's subject (what it receives lets it act). Undefined otherwise.
 */
function granteeOf(tokens: readonly Token[], mentions: readonly ArgMention[], k: number, floor: number): ArgMention | undefined {
  if (tokens[k - 1]?.lower !== 'to') return undefined;
  const m = mentions.find((x) => x.last === k - 2 && !x.pronoun);
  if (m === undefined || tokens[m.first - 1]?.lower !== 'to') return undefined;
  let i = m.first - 2;
  let nouns = 0;
  for (; i > floor && ['NOUN', 'ADJ', 'DET'].includes(tokens[i]?.pos ?? ''); i--) if (tokens[i]?.pos === 'NOUN') nouns++;
  const verb = tokens[i];
  return nouns > 0 && verb !== undefined && GRANT_VERBS.has(verb.lemma) ? m : undefined;
}

/** Punctuation that ends a phrase: an actor before it does not modify the noun after it. */
const PHRASE_BREAKS = new Set([',', ';', ':']);
/** Parts of speech of a verb group before its verb ("'re prepared to go", "will not attack"). */
const VERB_GROUP = new Set(['AUX', 'VERB', 'PART', 'ADV', 'ADJ']);
/** Parts of speech of the first conjunct's complement ("go [into Ukraine]", "enter [the capital]"). */
const CONJUNCT_OBJECT = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "they're prepared to go into Ukraine, attack Ukraine": a trigger right after a comma or "and",
 * itself followed by an object (an actor or a determiner), that follows a verb and its complement
 * is the second verb of a coordination, whatever the tagger says. Its subject is the first verb's:
 * the actor ending right before that verb's group, never the object of the complement's
 * preposition ("into Ukraine") nor the complement itself. Undefined when the frame does not fit.
 */
function coordinatedSubject(ctx: RoleContext, hit: TriggerHit): ArgMention | undefined {
  const { tokens, mentions } = ctx;
  const k = hit.head;
  const link = tokens[k - 1];
  if (link === undefined || (link.text !== ',' && link.lower !== 'and')) return undefined;
  const object = tokens[hit.last + 1];
  if (object === undefined || (object.pos !== 'DET' && !mentions.some((m) => m.first === hit.last + 1))) return undefined;
  let v = k - 2;
  while (v >= 0 && tokens[v]?.pos !== 'VERB' && CONJUNCT_OBJECT.has(tokens[v]?.pos ?? '')) v--;
  if (tokens[v]?.pos !== 'VERB' || v === k - 2) return undefined;
  let i = v - 1;
  while (i >= 0 && (VERB_GROUP.has(tokens[i]?.pos ?? '') || tokens[i]?.lower === 'to')) i--;
  return mentions.find((m) => m.last === i);
}

/**
 * "Every indication we have is they're prepared to go": a pronoun right before the trigger's verb
 * group (auxiliaries, adverbs, "not") is its subject, not an earlier actor inside a relative clause
 * of the clause's subject. A conjunct of the first subject ("Russia and China are ready") keeps
 * the whole group.
 */
function adjacentSubject(ctx: RoleContext, subject: ArgMention, k: number): ArgMention {
  const { tokens, mentions } = ctx;
  let i = k - 1;
  while (i > subject.last && (tokens[i]?.pos === 'AUX' || tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'PART')) i--;
  if (i === k - 1 && tokens[k]?.pos !== 'AUX') return subject;
  const adjacent = mentions.find((m) => m.last === i && m.first > subject.last && m.pronoun);
  if (adjacent === undefined || conjoined(tokens, mentions, subject, k).includes(adjacent)) return subject;
  return adjacent;
}

/** Verbs of watching over an act as its overseer: "watched the launches", "oversaw the drills". */
const OVERSIGHT_VERBS = new Set(['watch', 'oversee', 'supervise']);
/** Words that negate a clause's verb. */
const NEGATORS = new Set(['not', "n't", 'never']);

/**
 * "President Putin and Lukashenko watched the launches of ballistic missiles": a named actor that
 * watches or oversees a use of force aimed at no one, which no one else was reported doing,
 * oversees its own side's show of force (exercises, test launches): the watchers are its source
 * and the act is a demonstration of military power (`shown`), not an attack. Force with a target
 * ("watched the shelling of Donetsk"), someone else's reported act of the type, other acts
 * ("watching the allied deployments"), a pronoun watcher, a negated clause and a sentence that
 * names the discourse actor keep the perception and discourse rules. Undefined when the frame does
 * not fit.
 */
function overseenAct(ctx: RoleContext, hit: TriggerHit, seg: Segment): Roles | undefined {
  const { tokens, mentions } = ctx;
  const k = hit.head;
  if (hit.record.type !== 'ASSAULT') return undefined;
  const gov = governingVerbIndex(tokens, k);
  if (gov < seg.first || !OVERSIGHT_VERBS.has(tokens[gov]?.lemma ?? '')) return undefined;
  if (tokens.slice(seg.first, gov).some((t) => NEGATORS.has(t.lower))) return undefined;
  const watcher = subjectBefore(tokens, mentions, seg.first, gov);
  if (watcher === undefined || watcher.pronoun) return undefined;
  // "Russia moved troops. Lukashenko watched the launches from the Kremlin's ...": a discourse
  // actor the sentence names is the likelier author; the discourse rule takes it.
  const previous = ctx.previous;
  if (previous !== null && mentions.some((m) => !m.pronoun && countryKey(m.ref) === countryKey(previous))) return undefined;
  const sources = conjoined(tokens, mentions, watcher, gov).map((m) => m.ref);
  const observed = ctx.lastOfType?.get(hit.record.type);
  if (observed !== undefined && !sources.some((s) => countryKey(s) === countryKey(observed))) return undefined;
  const after = preppedTarget(tokens, mentions, hit.last, (m) => !m.pronoun && !sources.some((s) => countryKey(s) === countryKey(m.ref)));
  // Force aimed at someone ("watched the shelling of Donetsk") is watched, not shown.
  if (after !== undefined) return undefined;
  return { sources, targets: [], subjectEnd: gov, how: 'nominal', shown: true };
}

/** Prepositions that set an act as the background of the clause: "after criticism", "amid pressure". */
const BACKGROUND_PREPS = new Set(['after', 'amid', 'amidst', 'despite', 'following', 'under']);

/**
 * "Shell said it would stop buying Russian crude, after criticism for purchasing a cargo": a noun
 * of a verbal act (criticism, pressure, threats) with no determiner or possessor in a background
 * phrase is nobody's act in particular (who criticised is left unsaid), so the discourse actor is
 * not its agent either. Material acts ("returned to their bases after drills") and gerunds ("after
 * ordering") keep the discourse actor: those are the actor's own doings told in passing.
 */
function backgroundAct(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower.endsWith('ing') === true) return false;
  let i = k - 1;
  while (i >= 0 && tokens[i]?.pos === 'ADJ') i--;
  return BACKGROUND_PREPS.has(tokens[i]?.lower ?? '');
}

/**
 * The agent of a bare nominal act with no actor of its own ("Ukraine welcomed the sanctions"): the
 * discourse actor, unless the article has so far shown that actor more often on the receiving end
 * of that type of act than doing it (the country being sanctioned does not become the sanctioner
 * because it is the most talked about); then the latest named agent of that type, if it is not
 * such a target too, else none (the act stays without a source). Mutual acts (meetings) have no
 * receiving end, so the discourse actor stands. A verbal act told as background (backgroundAct)
 * has no agent at all.
 */
function discourseAgent(ctx: RoleContext, hit: TriggerHit): ActorRef | null {
  if (VERBAL_TYPES.has(hit.record.type) && hit.record.type !== 'CONSULT' && backgroundAct(ctx.tokens, hit.head)) return null;
  const balance = ctx.targetBalance?.get(hit.record.type);
  const fits = (r: ActorRef | null | undefined): r is ActorRef =>
    r !== null && r !== undefined && (hit.record.symmetric === true || (balance?.get(countryKey(r)) ?? 0) <= 0);
  if (fits(ctx.previous)) return ctx.previous;
  const earlier = ctx.lastOfType?.get(hit.record.type);
  return fits(earlier) ? earlier : null;
}

function standardRoles(ctx: RoleContext, hit: TriggerHit, segIndex: number): Roles {
  const roles = subjectRoles(ctx, hit, segIndex);
  const { tokens, mentions, segments } = ctx;
  const seg = segments[segIndex] ?? { first: 0, last: tokens.length - 1, opener: '' };
  if (AGAINST_TYPES.has(hit.record.type) && roles.how !== 'passive') {
    const against = againstTarget(ctx, hit.last + 1, seg.last, roles.sources);
    if (against !== undefined) return { ...roles, targets: [against] };
  }
  const grantee = hit.nominal ? undefined : granteeOf(tokens, mentions, hit.head, seg.first);
  if (grantee !== undefined && roles.how === 'subject') {
    // The recipient does the act it is given leave to do; the giver keeps the verb group (for the
    // modality of "would not give") and the refusal of it.
    const sources = [grantee.ref];
    return {
      ...roles,
      sources,
      targets: targetsIn(tokens, mentions, hit.head + 1, seg.last, sources),
      controlled: true,
      grantor: roles.sources,
    };
  }
  return roles;
}

function subjectRoles(ctx: RoleContext, hit: TriggerHit, segIndex: number): Roles {
  const { tokens, mentions, segments } = ctx;
  const whole = segments[segIndex] ?? { first: 0, last: tokens.length - 1, opener: '' };
  const attribution = attributionAfter(ctx, hit.last, whole.last);
  const seg = attribution < 0 ? whole : { ...whole, last: attribution - 1 };
  const k = hit.head;
  if (passiveAt(tokens, hit, seg)) {
    const by = tokens.findIndex((t, i) => i > hit.last && i <= seg.last && t.lower === 'by');
    // The agent heads the phrase after "by": "by congress to help Iran" has none that is an actor, not Iran.
    const agent = by < 0 ? undefined : actorAfter(mentions, by, (m) => tokens.slice(by + 1, m.first).every((t) => NP_INSIDE.has(t.pos)));
    // The patient is the subject: after any reporting verb ("Israel said a mortar bomb was fired
    // at it"), and not inside a prepositional phrase ("The civilians imprisoned for acting
    // against Moscow were released").
    const report = (ctx.reports ?? []).findLast((r) => r >= seg.first && r < k) ?? seg.first - 1;
    // A reduced passive ("victims killed by ...", "there were ten Chilean sailors killed") has its
    // patient in the noun phrase right before the participle.
    const reduced = ![tokens[k - 1], tokens[k - 2]].some((x) => x?.lemma === 'be' || x?.lemma === 'get');
    const subject = reduced
      ? mentions.find((m) => m.last < k && tokens.slice(m.last + 1, k).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ'))
      : mentions.find((m) => m.first > report && m.first >= seg.first && m.last < k && !inPP(tokens, m, seg.first));
    const patient = subject === undefined ? null : resolve(ctx, subject);
    if (agent !== undefined) return { sources: [agent.ref], targets: patient === null ? [] : [patient], subjectEnd: k - 1, how: 'passive' };
    if (PATIENT_TYPES.has(hit.record.type) || hit.record.mode === 'release') return agentlessPassive(ctx, hit, seg, patient);
  }
  if (hit.nominal) {
    // "they're prepared to go into Ukraine, attack Ukraine": a trigger the tagger took for a noun
    // that opens a coordinated verb phrase shares the first verb's subject.
    const coordinated = coordinatedSubject(ctx, hit);
    if (coordinated !== undefined) {
      const sources = resolveAll(ctx, [coordinated]);
      return { sources, targets: targetsIn(tokens, mentions, hit.last + 1, seg.last, sources), subjectEnd: k - 1, how: 'borrowed' };
    }
    // A possessor or modifier of the act sits right before it ("Russia's invasion", "a Russian
    // attack"); punctuation between them ("into Ukraine, attack") ends another phrase, except
    // before a participle that describes the actor ("Putin, meeting Lukashenko, said").
    const participle = tokens[k]?.lower.endsWith('ing') === true;
    const near = mentions.findLast(
      (m) =>
        m.last < k &&
        m.last >= k - 3 &&
        !tokens.slice(m.last + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'ADP') &&
        (participle || !tokens.slice(m.last + 1, k).some((t) => PHRASE_BREAKS.has(t.text))),
    );
    const byIdx = tokens.findIndex(
      (t, i) => i > hit.last && i <= hit.last + 3 && (t.lower === 'by' || (t.lower === 'from' && hit.record.type !== 'RETREAT')),
    );
    // "from the Kremlin's situation centre": a possessor modifies a place or thing, it is not the agent.
    const agent = byIdx < 0 ? undefined : actorAfter(mentions, byIdx, (m) => !possessive(tokens, m));
    // "Obama faces pressure from Congress", "Kyiv received aid from Washington": the subject of a
    // verb of undergoing is the act's target, its giver (before the noun or after by/from) the source.
    const gov = governingVerbIndex(tokens, k);
    if (gov >= 0 && UNDERGO_VERBS.has(tokens[gov]?.lemma ?? '')) {
      const undergoer = subjectBefore(tokens, mentions, seg.first, gov);
      const patient = undergoer === undefined ? null : resolve(ctx, undergoer);
      const giver = near ?? agent;
      const sources = giver === undefined ? [] : resolveAll(ctx, [giver]);
      const targets = patient === null || sources.some((s) => s.name === patient.name) ? [] : [patient];
      if (patient !== null) return { sources, targets, subjectEnd: gov, how: 'nominal' };
    }
    // "Evidence against Russia was presented by the US": a nominal act that is the subject of a
    // passive verb has that verb's agent as its own.
    const passiveAgent = agent ?? agentOfPassivePredicate(tokens, mentions, hit.last, seg.last);
    // "proving Russia was behind the attacks", "al-Shabab claimed responsibility for the attack".
    const culprit = culpritOf(ctx, k, seg);
    const source = culprit ?? near ?? passiveAgent;
    if (source !== undefined) {
      // "proposals sent by the US and NATO": joint agents give one source each.
      const group = source === near ? [source] : conjoined(tokens, mentions, source, seg.last + 1);
      const sources = resolveAll(ctx, group);
      const after = preppedTarget(
        tokens,
        mentions,
        hit.last,
        (m) => m !== source && !sources.some((s) => countryKey(s) === countryKey(m.ref)),
      );
      // A named author's act may name its target further on ("claimed responsibility for a deadly
      // attack targeting non-Muslims at a mall in Kenya's capital").
      const targets =
        after !== undefined ? [after.ref] : source === culprit ? targetsIn(tokens, mentions, hit.last + 1, seg.last, sources) : [];
      return { sources, targets, subjectEnd: k - 1, how: 'nominal' };
    }
    // "Putin watched the launches of missiles": leaders watch their own side's show of force.
    const watched = overseenAct(ctx, hit, seg);
    if (watched !== undefined) return watched;
    // "civilians have been killed in a suicide car bombing": the subject of the passive that the
    // act's phrase follows is its victim, never its agent.
    if (afterPassive(tokens, k, seg)) {
      const victim = subjectBefore(tokens, mentions, seg.first, k);
      const ref = victim === undefined ? null : resolve(ctx, victim);
      return { sources: [], targets: ref === null ? [] : [ref], subjectEnd: k - 1, how: 'passive' };
    }
    // The subject of "seen" is the observer, never the agent: "we have not seen any de-escalation".
    if (!lightVerbBefore(tokens, k) && (ctx.previous !== null || perceptionBefore(tokens, k))) {
      // A bare nominal act ("the invasion", "attacks on these cities"): the clause subject is
      // rarely its agent ("Biden warned of an invasion"), so the actor of the discourse is taken;
      // with no discourse yet (a lone sentence) the clause subject is the best guess left.
      const after = preppedTarget(tokens, mentions, hit.last, (m) => !m.pronoun);
      // What is (not) seen is the act someone was said to do: "Russia said troops were pulling
      // back. ... 'We are not seeing any sign of a pullback'" is about Russia's pullback, so a
      // perceived act takes the source of the latest act of its type, unless that is the observer.
      const observer = subjectBefore(tokens, mentions, seg.first, k);
      const observed = ctx.lastOfType?.get(hit.record.type);
      const sameAsObserver =
        observer !== undefined && observed !== undefined && countryKey(resolve(ctx, observer) ?? observed) === countryKey(observed);
      const perceivedAgent = perceptionBefore(tokens, k) && observed !== undefined && !sameAsObserver ? observed : null;
      const agent = perceivedAgent ?? discourseAgent(ctx, hit);
      const sources = agent === null ? [] : [agent];
      const targets = after === undefined || sources.some((s) => countryKey(s) === countryKey(after.ref)) ? [] : [after.ref];
      return { sources, targets, subjectEnd: k - 1, how: 'discourse' };
    }
  }
  // "Obama wants Putin to attack", "urged Russia to withdraw": the object of the governing verb is
  // the subject of its to-infinitive (object control).
  const controlled = hit.nominal ? undefined : infinitiveSubject(tokens, mentions, k, seg.first);
  let subject = controlled ?? subjectBefore(tokens, mentions, seg.first, k);
  if (subject !== undefined && controlled === undefined) subject = reportedSubject(ctx, subject, k, seg.first);
  if (subject !== undefined && controlled === undefined && !hit.nominal) subject = adjacentSubject(ctx, subject, k);
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
  // A that-clause of a reporting verb: the governing clause's (last) reporting verb.
  const gov = segments[segIndex - 1];
  const govReport =
    segments[segIndex]?.opener === 'that' && gov !== undefined
      ? (ctx.reports ?? []).findLast((r) => r >= gov.first && r <= gov.last)
      : undefined;
  if (subject === undefined && gov !== undefined && govReport !== undefined && !VERBAL_TYPES.has(hit.record.type)) {
    // "Western nations claimed that additional forces were advancing": the reporter claims the act,
    // it does not do it; with no actor in the clause the act belongs to the discourse's actor.
    // But "Russia announced that its troops were returning": a possessive pronoun in the clause's
    // subject refers, by default, to the subject of the clause that governs it, the reporter.
    const possessive = tokens.slice(seg.first, k).some((t) => POSSESSIVES.has(t.lower));
    // The reporter is the actor closest before the governing clause's reporting verb.
    const reporter = possessive ? mentions.findLast((m) => m.first >= gov.first && m.last < govReport && !m.pronoun) : undefined;
    const reporterRef = reporter === undefined ? null : resolve(ctx, reporter);
    if (reporterRef !== null)
      return {
        sources: [reporterRef],
        targets: targetsIn(tokens, mentions, hit.last + 1, seg.last, [reporterRef]),
        subjectEnd: seg.first - 1,
        how: 'borrowed',
      };
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
  const sources = (group.length === 1 ? pluralAntecedents(ctx, subject) : null) ?? resolveAll(ctx, group);
  // Joint parties to a meeting meet each other, not its venue: "American and Russian officials will
  // hold talks in Geneva". A lone party keeps the place as target, as CAMEO codes "attend a summit
  // in Switzerland" (PETRARCH-2 validation VERB_1).
  const venues = hit.record.type !== 'CONSULT' || sources.length < 2;
  // From the head on: a gapped pattern holds its object ("engaged Filipino peacekeepers in a firefight").
  let targets = TRANSFERS.has(hit.record.type) ? recipient(ctx, hit.head + 1, seg.last, sources) : [];
  // "attacking anyone and that Western talk ...": an indefinite object fills the slot, no actor later does.
  const indefinite = INDEFINITE_OBJECTS.has(tokens[hit.last + 1]?.lower ?? '');
  if (targets.length === 0 && !indefinite) targets = targetsIn(tokens, mentions, hit.head + 1, seg.last, sources, venues);
  // A build-up "of Russian troops" names the force that moves, not whom it faces: a target of the
  // source's own country is passed over for the next actor ("… near Ukraine"), else none.
  const ownSide = (t: ActorRef): boolean => sources.some((s) => countryKey(s) === countryKey(t));
  if (hit.record.type === 'MOBILIZE' && targets.length > 0 && targets.every(ownSide)) {
    const own = mentions.filter((m) => m.first > hit.head && m.first <= seg.last && ownSide(m.ref));
    const from = (own[own.length - 1]?.last ?? hit.head) + 1;
    targets = targetsIn(tokens, mentions, from, seg.last, sources, venues).filter((t) => !ownSide(t));
  }
  // Verbal acts often name their target in the next clause ("warned that Russia would pay").
  const next = segments[segIndex + 1];
  if (targets.length === 0 && !indefinite && next !== undefined && next.opener === 'that')
    // Not the source's own side: "Biden and Putin agreed to a summit, on condition that Russia ...".
    targets = targetsIn(tokens, mentions, next.first, next.last, sources).filter(
      (t) => !sources.some((s) => countryKey(s) === countryKey(t)),
    );
  const subjectEnd = how === 'borrowed' ? seg.first - 1 : (group[group.length - 1]?.last ?? k - 1);
  return { sources, targets, subjectEnd, how, controlled: controlled !== undefined };
}
