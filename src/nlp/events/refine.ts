/**
 * Sentence-level refinements of the raw coded acts, in order:
 *   - absorb: a trigger inside the complement of a denial, refusal, threat, appeal or agreement
 *     ("denied it planned to invade", "threatened to cut ties", "urged Russia to withdraw") is the
 *     content of that verbal act, not a separate event; its target passes to the verbal act
 *     when that has none (dev notes: a denial takes the denied act's target); except that the
 *     verbal act promised by "agree/pledge/promise to" stays a future event of its own;
 *   - conditional threat: a sanction or attack promised "if"/"unless" something happens is a
 *     THREATEN asserted, not a future or hypothetical act (dev notes: conditional threats);
 *   - stated intent: a future act its own actor announces is also an asserted AGREE or THREATEN
 *     (the statement), not when another party reports it ("Biden said Russia will invade");
 *   - derived accusation: a speaker who says a third party used force or repression ("the US
 *     claimed that ISIL had attacked Iraq") accuses that party (CAMEO 11), which is what the
 *     sentence asserts; the act itself stays a claimed event;
 *   - dedupe: one event per (source, type, target) and sentence, the asserted one first.
 */
import type { ActorRef, Modality } from '../../core/analysis.ts';
import type { Draft } from './draft.ts';
import { VERBAL_TYPES } from './modality.ts';
import { countryKey } from './phrases.ts';

/** An absorbed trigger starts at most this many tokens after the absorbing one ends. */
export const ABSORB_REACH = 8;
const HARMFUL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'THREATEN', 'PROTEST']);
const ABSORBERS = new Set(['REJECT', 'THREATEN', 'REQUEST', 'AGREE', 'ACCUSE']);
/** Nearest CAMEO threat code for a conditional act of each type (CAMEO 13x). */
const THREAT_CODES: Readonly<Record<string, string>> = {
  SANCTION: '1312',
  ASSAULT: '138',
  COERCE: '1381',
  MOBILIZE: '138',
  PROTEST: '130',
  RETREAT: '130',
  REJECT: '130',
};

/** Hosts whose complement is a promised act: "agreed to lift the sanctions", "pledged to expel". */
const PROMISE_HOST = /^events\/agree-agree\//u;

export function absorb(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const host = out.findLast(
      (h) =>
        ABSORBERS.has(h.type) &&
        // A nominal request governs a to-infinitive too: "faces pressure from Congress to help Iran".
        (!h.nominal ||
          h.rule.startsWith('events/agree-willing/') ||
          d.segOpener === 'that' ||
          (h.type === 'REQUEST' && d.infinitive === true)) &&
        d.head > h.last &&
        d.head - h.last <= ABSORB_REACH &&
        (d.segIndex === h.segIndex || (d.segIndex === h.segIndex + 1 && d.segOpener === 'that')) &&
        (h.sourceKey === d.sourceKey ||
          // "pressuring Ukraine and the West to make concessions": the request's object acts.
          (h.type === 'REQUEST' && d.controlled === true) ||
          (h.type === 'REQUEST' && d.sourceKey !== '' && countryKey(h.target) === d.sourceKey)),
    );
    if (host === undefined) {
      out.push(d);
      continue;
    }
    if (host.rule.startsWith('events/agree-willing/') && host.modality === 'negated') {
      // "not willing to make concessions" (dev notes): the act itself is negated, not an agreement.
      out[out.indexOf(host)] = {
        ...d,
        source: d.source ?? host.source,
        sourceKey: d.sourceKey || host.sourceKey,
        modality: 'negated',
        rule: `${d.rule}+unwilling`,
      };
      continue;
    }
    const promised = PROMISE_HOST.test(host.rule) && !d.nominal && !VERBAL_TYPES.has(d.type) && d.modality !== 'negated';
    if (promised) {
      // "Qatar has pledged to expel ...", "agreed to lift the sanctions": the pledge stays the
      // sentence's act (AGREE, as the PLOVER GSR codes "agreed to"), and the promised act is kept
      // as a future event, which is the claim a say-do ledger checks later.
      out.push({ ...d, modality: 'future', rule: `${d.rule}+promised` });
      if (host.target === null && d.target !== null) out[out.indexOf(host)] = { ...host, target: d.target };
      continue;
    }
    // The object of a request is its target ("pressuring Ukraine to make concessions"); otherwise
    // a host with none takes the absorbed act's target.
    const object = host.type === 'REQUEST' && d.controlled === true ? d.source : d.target;
    let merged = host.target === null && object !== null ? { ...host, target: object } : host;
    // Willingness or a vow to do harm ("is prepared to impose martial law", "vowed to fight") is a
    // threat, not an agreement (CAMEO 13 vs 03).
    if (merged.rule.startsWith('events/agree-willing/') && HARMFUL.has(d.type))
      merged = { ...merged, type: 'THREATEN', cameo: '130', rule: `${merged.rule}+willing-threat` };
    out[out.indexOf(host)] = merged;
  }
  return out;
}

export function conditionalThreats(drafts: readonly Draft[], hasCondition: boolean): Draft[] {
  if (!hasCondition) return [...drafts];
  return drafts.map((d) => {
    const code = THREAT_CODES[d.type];
    if (
      code === undefined ||
      d.segOpener === 'if' ||
      d.segOpener === 'unless' ||
      (d.modality !== 'future' && d.modality !== 'hypothetical') ||
      d.sourceKey === ''
    )
      return d;
    return { ...d, type: 'THREATEN', mode: null, cameo: code, modality: 'asserted', rule: `${d.rule}+conditional-threat` };
  });
}

const RANK: Readonly<Record<Modality, number>> = { asserted: 0, future: 1, claimed: 2, hypothetical: 3, negated: 4 };

export function dedupe(drafts: readonly Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.sourceKey}|${d.type}|${d.target?.country ?? d.target?.name ?? ''}`;
    const seen = best.get(key);
    if (seen === undefined || RANK[d.modality] < RANK[seen.modality]) best.set(key, d);
  }
  return [...best.values()].sort((a, b) => a.head - b.head);
}

/** Types whose announced performance is a promise (AGREE, CAMEO 03 "express intent to") ... */
const PROMISE_CODES: Readonly<Record<string, string>> = {
  AID: '033',
  SUPPORT: '032',
  CONSULT: '036',
  COOPERATE: '031',
  RETREAT: '0356',
  CONCEDE: '035',
};
/** ... and those whose announced performance is a threat (THREATEN, CAMEO 13 "threaten to"). */
const THREAT_INTENT_CODES: Readonly<Record<string, string>> = {
  SANCTION: '131',
  COERCE: '130',
  ASSAULT: '138',
  MOBILIZE: '138',
  PROTEST: '130',
};

/**
 * A future act its actor announces ("said it will", "announced", "pledged") is also a verbal act now (CAMEO codes the statement:
 * 03 "express intent to" for cooperative acts, 13 "threaten" for hostile ones; PLOVER GSR codes
 * "will provide aid" AGREE and "will boycott" THREATEN). The act itself keeps its future event;
 * the stated intent is added as an asserted AGREE or THREATEN with the same roles and trigger.
 */
export function statedIntents(drafts: readonly Draft[], speakerOf: SpeakerOf = () => null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // Another party's report of the act ("Biden said Russia will invade") is a prediction or an
    // allegation, not the actor's own statement of intent.
    // Only a speaker before the act is sure to govern it; a closing attribution (", the Albanian
    // embassy said") is often an official of either side announcing it.
    const found = d.modality === 'future' ? speakerOf(d) : null;
    const speaker = found !== null && found.at < d.head ? found : null;
    if (speaker !== null && speaker.ref.country !== null && d.source?.country !== null && !speaksFor(speaker, d.source)) {
      out.push(d);
      continue;
    }
    // A permission ("allowed to use force") states no one's intent.
    // A promised act ("pledged to expel") already has its statement: the pledge itself.
    if (d.modality === 'future' && d.sourceKey !== '' && d.reported && !d.rule.endsWith('/fut-permit') && !d.rule.endsWith('+promised')) {
      const promise = PROMISE_CODES[d.type];
      const threat = THREAT_INTENT_CODES[d.type];
      const code = promise ?? threat;
      if (code !== undefined)
        out.push({
          ...d,
          type: promise !== undefined ? 'AGREE' : 'THREATEN',
          mode: null,
          cameo: code,
          modality: 'asserted',
          rule: `${d.rule}+stated-intent`,
          confidence: d.confidence + INTENT_BONUS,
        });
    }
    out.push(d);
  }
  return out;
}

/** The stated intent outranks the future act as a sentence's main event: the statement is what happened. */
export const INTENT_BONUS = 0.05;

/** Material conflict acts (CAMEO 17 coerce, 18-20 assault) whose report by another party accuses the actor. */
const ACCUSABLE = new Set(['ASSAULT', 'COERCE']);

/** Who reports the act of a draft and where: the subject of the reporting verb governing it. */
export type SpeakerOf = (d: Draft) => {
  readonly ref: ActorRef;
  readonly group: readonly ActorRef[];
  /** Token index of the reporting verb and its segment. */
  readonly at: number;
  readonly segIndex: number;
  /** Whether another verb stands between the reporting verb and the act. */
  readonly between: boolean;
} | null;

/** True when the speaker, or one of its conjuncts, is on the act's side (same country). */
const speaksFor = (speaker: NonNullable<ReturnType<SpeakerOf>>, actor: ActorRef | null): boolean =>
  actor?.country !== null && actor?.country !== undefined && speaker.group.some((r) => r.country === actor.country);

/**
 * "The US claimed that ISIL had attacked Iraq", "Israel said a mortar bomb was fired at it from
 * the Gaza Strip": a speaker who reports that a third party used force or repression is accusing
 * it (CAMEO 11 "disapprove", 112 "accuse"; PETRARCH-2 codes such sentences speaker → actor 11).
 * The accusation is added as an asserted ACCUSE on the reporting verb and outranks the claimed act
 * as the main event: the statement is what the sentence reports as fact; the act stays a claimed
 * event for the ledger to weigh. Not when the speaker reports its own act (then the claimed act is
 * the statement's content: "The US claimed that they had attacked Iraq"), nor for a future,
 * hypothetical or negated act (a warning or a denial, not an accusation), nor when the actor is
 * not named in the sentence itself.
 */
export function derivedAccusations(drafts: readonly Draft[], speakerOf: SpeakerOf): Draft[] {
  const out = [...drafts];
  for (const d of drafts) {
    if (!ACCUSABLE.has(d.type) || d.modality !== 'claimed' || d.source === null || d.source.country === null) continue;
    // The accused must be named in the sentence, not taken from the discourse or a place default.
    if (/\/(?:discourse|borrowed|place-default|place)\//u.test(d.rule)) continue;
    const speaker = speakerOf(d);
    if (speaker === null || speaker.ref.country === null || speaksFor(speaker, d.source)) continue;
    // The act must be what the speaker reports, not one buried in a further clause ("Interpol said
    // it will send a team to help identify victims killed by ..."): no other verb between them.
    if (speaker.between) continue;
    out.push({
      type: 'ACCUSE',
      mode: 'allege',
      cameo: '112',
      source: speaker.ref,
      sourceKey: speaker.ref.country,
      target: d.source,
      modality: 'asserted',
      head: speaker.at,
      last: speaker.at,
      nominal: false,
      segIndex: speaker.segIndex,
      segOpener: '',
      reported: false,
      rule: `events/derived-accuse/${d.rule}`,
      confidence: d.confidence + INTENT_BONUS,
    });
  }
  return out;
}
