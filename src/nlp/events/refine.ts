/**
 * Sentence-level refinements of the raw coded acts, in order:
 *   - absorb: a trigger inside the complement of a denial, refusal, threat, appeal or agreement
 *     ("denied it planned to invade", "threatened to cut ties", "urged Russia to withdraw") is the
 *     content of that verbal act, not a separate event; its target passes to the verbal act
 *     when that has none (dev notes: a denial takes the denied act's target);
 *   - conditional threat: a sanction or attack promised "if"/"unless" something happens is a
 *     THREATEN asserted, not a future or hypothetical act (dev notes: conditional threats);
 *   - dedupe: one event per (source, type, target) and sentence, the asserted one first.
 */
import type { Modality } from '../../core/analysis.ts';
import type { Draft } from './draft.ts';

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

export function absorb(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const host = [...out]
      .reverse()
      .find(
        (h) =>
          ABSORBERS.has(h.type) &&
          (!h.nominal || h.rule.startsWith('events/agree-willing/') || d.segOpener === 'that') &&
          d.head > h.last &&
          d.head - h.last <= ABSORB_REACH &&
          (d.segIndex === h.segIndex || (d.segIndex === h.segIndex + 1 && d.segOpener === 'that')) &&
          (h.sourceKey === d.sourceKey ||
            (h.type === 'REQUEST' && d.sourceKey !== '' && (h.target?.country ?? h.target?.name.toLowerCase() ?? '') === d.sourceKey)),
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
    let merged = host.target === null && d.target !== null ? { ...host, target: d.target } : host;
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
export function statedIntents(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // A permission ("allowed to use force") states no one's intent.
    if (d.modality === 'future' && d.sourceKey !== '' && d.reported && !d.rule.endsWith('/fut-permit')) {
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
