/**
 * The modality of one trigger: asserted, negated, hypothetical, future or claimed (GUIDELINES
 * "Events"; dev gold notes). Cues are data (cues.ts); the precedence below is the code's job:
 *   1. negation in the verb group ("did not attack") → negated, except that a negated future or
 *      conditional of a hostile act is a statement of restraint (AGREE asserted: "will not launch
 *      an attack") and of a helpful act a refusal (REJECT asserted: "would not send troops");
 *   2. a conditional clause ("if Russia invades") → hypothetical;
 *   3. an epistemic modal ("could launch") → hypothetical, but "would" under a reporting or
 *      announcing verb is the future of the report ("announced troops would be withdrawn");
 *   4. a future auxiliary or plan word ("will impose", "plans to hold drills") → future, except for
 *      AGREE and THREATEN, whose act is the stated intent itself (CAMEO 03, 13) → asserted;
 *   5. a named possibility ("the danger of invasion", "likely") → hypothetical;
 *   6. a claim marker ("reportedly", "reports of") → claimed;
 *   7. a material act in the complement of a reporting verb ("Russia said troops were returning")
 *      → claimed; a verbal act there is the statement itself and stays asserted.
 */
import type { Modality } from '../../core/analysis.ts';
import type { Segment } from './clauses.ts';
import { findCue, type CompiledCue } from './cues.ts';
import type { TriggerHit } from './propose-triggers.ts';
import type { Token } from './tokens.ts';

export interface ModalityResult {
  readonly modality: Modality;
  /** Id of the cue record that decided, or 'none'. */
  readonly cue: string;
  /** A re-typing the modality implies (restraint → AGREE, refusal → REJECT), else null. */
  readonly retype: 'AGREE' | 'REJECT' | null;
}

/** Verbal act types: the statement is the act, so a reporting verb does not make it a claim. */
export const VERBAL_TYPES = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
const HOSTILE = new Set(['ASSAULT', 'THREATEN', 'MOBILIZE', 'COERCE', 'SANCTION']);
/** Acts whose announced non-performance is a refusal (REJECT): "will not accept", "would not meet". */
const HELPFUL = new Set(['AID', 'SUPPORT', 'COOPERATE', 'AGREE', 'CONSULT', 'CONCEDE']);
const QUOTE = /^["“”‘’«»]$/u;
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether']);
/** A nominal trigger looks this many tokens back for "no", "potential", "reported". */
export const NOMINAL_REACH = 3;

export interface ModalityInput {
  readonly tokens: readonly Token[];
  readonly segments: readonly Segment[];
  readonly segIndex: number;
  readonly hit: TriggerHit;
  /** Last token of the subject; the verb group lies between it and the trigger. */
  readonly subjectEnd: number;
  readonly type: string;
  /** A nominal trigger governed by a light verb ("launched an attack") reads the verb group like a verb. */
  readonly lightVerb: boolean;
}

/** How many tokens after a verbal trigger a negative object ("threatens no one") may start. */
export const OBJECT_REACH = 2;
/** A negated cleft ("it is not us who ...") opens its clause: its cue starts within this many tokens of it. */
export const CLEFT_REACH = 1;

/** After a nominal trigger, how far its predicate ("could occur", "remains a possibility") is read. */
export const NOMINAL_AFTER = 8;
/** Types whose act is itself a statement of intent (CAMEO 03 "express intent", 13 "threaten"): "will" does not make them future. */
const INTENT_TYPES = new Set(['AGREE', 'THREATEN']);

/** “Russia would reduce activity,” he told reporters: a quotation closed after `k` and then reported. */
function reportAfterQuote(tokens: readonly Token[], k: number, cues: readonly CompiledCue[]): boolean {
  const close = tokens.findIndex((t, i) => i > k && QUOTE.test(t.text));
  return close >= 0 && findCue(tokens, cues, 'report', 'clause', close + 1, tokens.length - 1) !== null;
}

export function decideModality(input: ModalityInput, cues: readonly CompiledCue[]): ModalityResult {
  const { tokens, segments, segIndex, hit, type } = input;
  const seg = segments[segIndex] ?? { first: 0, last: tokens.length - 1, opener: '' };
  const k = hit.head;
  // The verb group runs from after the subject; a noun's own modifiers sit at most NOMINAL_REACH before it.
  const auxFrom = Math.max(seg.first, Math.min(input.subjectEnd + 1, hit.nominal ? k - NOMINAL_REACH : k));
  const clauseFrom = seg.first;
  const gov = seg.opener === 'that' ? segments[segIndex - 1] : undefined;
  const find = (kind: Parameters<typeof findCue>[2], scope: Parameters<typeof findCue>[3], from: number, to: number) =>
    findCue(tokens, cues, kind, scope, from, to);

  const bare = hit.nominal && !input.lightVerb;
  const verbFrom = Math.max(seg.first, input.subjectEnd + 1);
  // A bare noun is negated only by its own determiner ("no attack"), not by its clause's verb.
  const cleftGov = seg.opener === 'who' || seg.opener === 'that' ? segments[segIndex - 1] : undefined;
  const neg =
    find('negated', 'aux', auxFrom, k - 1) ??
    (hit.nominal ? null : negativeObject()) ??
    cleftNegation(cleftGov) ??
    (hit.nominal ? find('negated', 'nominal', auxFrom, k - 1) : null) ??
    (bare ? null : (find('negated', 'clause', clauseFrom, k - 1) ?? (gov ? find('negated', 'clause', gov.first, gov.last) : null)));
  // A bare noun under a modal verb ("would not send troops to defend Ukraine against an attack") is only possible.
  // A noun directly followed by a modal is its subject: "the attack “could occur any day”".
  const after = k + 1 + (QUOTE.test(tokens[k + 1]?.text ?? '') ? 1 : 0);
  const modal =
    find('hypothetical', 'aux', bare ? clauseFrom : auxFrom, k - 1) ??
    (hit.nominal
      ? (find('hypothetical', 'aux', after, after) ?? find('hypothetical', 'nominal', k + 1, Math.min(seg.last, k + NOMINAL_AFTER)))
      : null);
  const fut = find('future', 'aux', auxFrom, k - 1);
  const report = find('report', 'clause', clauseFrom, k - 1) ?? (gov ? find('report', 'clause', gov.first, gov.last) : null);
  const plan = find('future', 'clause', clauseFrom, k - 1) ?? (gov ? find('future', 'clause', gov.first, gov.last) : null);
  // "it is very unlikely (that) X would ...": a prediction before the subject governs the clause.
  const govPossible =
    (gov ? find('hypothetical', 'clause', gov.first, gov.last) : null) ??
    (!hit.nominal && input.subjectEnd > clauseFrom ? find('hypothetical', 'clause', clauseFrom, input.subjectEnd) : null);
  function negativeObject(): ReturnType<typeof find> {
    const object = find('negated', 'object', hit.last + 1, seg.last);
    return object !== null && object.at <= hit.last + OBJECT_REACH ? object : null;
  }
  function cleftNegation(g: Segment | undefined): ReturnType<typeof find> {
    const cleft = g === undefined ? null : find('negated', 'cleft', g.first, g.last);
    return cleft !== null && g !== undefined && cleft.at <= g.first + CLEFT_REACH ? cleft : null;
  }
  const out = (modality: Modality, cue: string, retype: ModalityResult['retype'] = null): ModalityResult => ({ modality, cue, retype });

  // "on condition that Russia did not invade", "provided Russia did not move": a condition, negated or not, reports nothing.
  const conditionCue = gov !== undefined ? find('hypothetical', 'clause', Math.max(gov.first, gov.last - 2), gov.last) : null;
  if (conditionCue?.cue.id === 'hyp-proviso') return out('hypothetical', conditionCue.cue.id);
  const proviso = find('hypothetical', 'clause', clauseFrom, k - 1);
  if (proviso?.cue.id === 'hyp-proviso') return out('hypothetical', proviso.cue.id);
  if (neg !== null) {
    const intent = fut !== null || modal?.word === 'would' || modal?.word === 'could';
    if (intent && (HELPFUL.has(type) || (type === 'MOBILIZE' && tokens.slice(k, hit.last + 1).some((t) => t.lemma === 'send'))))
      return out('asserted', 'refusal', 'REJECT');
    if (intent && HOSTILE.has(type)) return out('asserted', 'restraint', 'AGREE');
    return out('negated', neg.cue.id);
  }
  if (CONDITIONAL_OPENERS.has(seg.opener)) return out('hypothetical', 'conditional-clause');
  const cond = find('hypothetical', 'clause', clauseFrom, k - 1);
  if (cond !== null && cond.cue.id === 'hyp-conditional') return out('hypothetical', cond.cue.id);
  const claim =
    find('claimed', 'clause', clauseFrom, k - 1) ??
    (gov ? find('claimed', 'clause', gov.first, gov.last) : null) ??
    (segIndex > 0 ? find('claimed', 'clause', segments[segIndex - 1]?.first ?? 0, seg.first - 1) : null);
  const nearerClaim = (at: number): boolean => claim !== null && claim.at > at && claim.at < k;
  // "it is not very probable that the US will back down": the governing prediction wins over "will".
  if (govPossible !== null && govPossible.cue.id === 'hyp-possibility' && !nearerClaim(govPossible.at))
    return out('hypothetical', govPossible.cue.id);
  const verbPossible = hit.nominal ? null : find('hypothetical', 'clause', verbFrom, k - 1);
  if (verbPossible !== null && verbPossible.cue.id === 'hyp-possibility') return out('hypothetical', verbPossible.cue.id);
  if (modal !== null) {
    // "Russia would be forced to respond": a threat in the conditional is still a threat made (dev notes: conditional threats are THREATEN asserted).
    if (modal.word === 'would' && type === 'THREATEN') return out('asserted', 'conditional-threat');
    if (modal.word === 'would' && (report !== null || plan !== null || reportAfterQuote(tokens, k, cues)))
      return out(INTENT_TYPES.has(type) ? 'asserted' : 'future', 'reported-would');
    return out('hypothetical', modal.cue.id);
  }
  if (fut !== null) return out(INTENT_TYPES.has(type) ? 'asserted' : 'future', fut.cue.id);
  if (plan !== null && !(VERBAL_TYPES.has(type) && plan.at < k - 4))
    return out(INTENT_TYPES.has(type) ? 'asserted' : 'future', plan.cue.id);
  const possible =
    find('hypothetical', 'clause', bare ? clauseFrom : verbFrom, k - 1) ??
    govPossible ??
    (hit.nominal ? find('hypothetical', 'clause', k + 1, Math.min(seg.last, k + 4)) : null);
  // Both a possibility and a claim marker: the nearer one to the trigger qualifies it
  // ("a possibility ... and claims of troops withdrawing" → claimed).
  if (possible !== null && nearerClaim(possible.at)) return out('claimed', claim?.cue.id ?? 'claim');
  if (possible !== null) return out('hypothetical', possible.cue.id);
  if (claim !== null) return out('claimed', claim.cue.id);
  // "announced a suspension": a reporting verb that governs the act's noun performs it, it does not report it.
  const performs = report !== null && input.lightVerb && report.at >= k - NOMINAL_REACH - 1;
  if (report !== null && !performs && !VERBAL_TYPES.has(type) && report.at < k) return out('claimed', report.cue.id);
  return out('asserted', 'none');
}
