/**
 * Roles of passive acts: the subject of a passive is its patient ("Ukraine was attacked"), its
 * agent the "by" phrase or, with none, only what the sentence names as the act's origin.
 */
import type { ActorRef } from '../../core/analysis.ts';
import type { Segment } from './clauses.ts';
import { isStateCode, type ArgMention } from './mentions.ts';
import { actorAfter, countryKey } from './phrases.ts';
import type { TriggerHit } from './propose-triggers.ts';
import { resolve, type RoleContext, type Roles } from './role-context.ts';
import type { Token } from './tokens.ts';

/**
 * The "by" agent of a passive verb after the nominal act ending at `last`, with nothing verbal
 * between them but the passive's "be": "Evidence against Russia [was presented] by the US".
 */
export function agentOfPassivePredicate(
  tokens: readonly Token[],
  mentions: readonly ArgMention[],
  last: number,
  end: number,
): ArgMention | undefined {
  const be = tokens.findIndex((t, i) => i > last && i <= end && (t.pos === 'VERB' || t.pos === 'AUX'));
  const verb = tokens[be + 1];
  if (be < 0 || tokens[be]?.lemma !== 'be' || verb === undefined || !PARTICIPLE.test(verb.lower) || tokens[be + 2]?.lower !== 'by')
    return undefined;
  return actorAfter(mentions, be + 2);
}

/** Verbs whose passive subject is a victim ("were killed in", "was wounded by"); not "were engaged in". */
const VICTIM_VERBS = new Set(['kill', 'wound', 'injure', 'hurt', 'hit', 'maim', 'slay', 'harm', 'destroy', 'damage']);

/** True when the noun at `k` heads a phrase "in/during/by ..." right after a passive participle ("were killed in a bombing"). */
export function afterPassive(tokens: readonly Token[], k: number, seg: Segment): boolean {
  let i = k - 1;
  while (i > seg.first && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i]?.pos ?? '')) i--;
  const prep = tokens[i];
  const verb = tokens[i - 1];
  if (prep === undefined || verb === undefined || !['in', 'during', 'by'].includes(prep.lower)) return false;
  return VICTIM_VERBS.has(verb.lemma) && [tokens[i - 2], tokens[i - 3]].some((t) => t?.lemma === 'be' || t?.lemma === 'get');
}

/** Parts of speech inside a noun phrase before its head: "by [the] [Syrian] army". */
export const NP_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/** Participle endings: "killed", "taken", "blown"; and irregular participles of force verbs ("was shot down", "was hit by"). */
export const PARTICIPLE = /(?:ed|en|wn)$|^(?:shot|hit|struck|fought)$/u;

/**
 * Is the verbal trigger at `k` a passive participle? After a form of "be"/"get" ("was killed",
 * "is being pressured": wink tags some of these ADJ), directly before a "by" agent ("civilians
 * killed by shelling", a reduced relative), or after an existential "there be" ("there were ten
 * soldiers killed"), whose noun is the participle's patient.
 */
export function passiveAt(tokens: readonly Token[], hit: TriggerHit, seg: Segment): boolean {
  const k = hit.head;
  const t = tokens[k];
  if (t === undefined || !PARTICIPLE.test(t.lower) || t.pos === 'NOUN' || t.pos === 'PROPN') return false;
  if ([tokens[k - 1], tokens[k - 2]].some((x) => x?.lemma === 'be' || x?.lemma === 'get')) return true;
  if (t.pos !== 'VERB') return false;
  if (tokens[hit.last + 1]?.lower === 'by') return true;
  const there = tokens.findIndex((x, i) => i >= seg.first && i < k && x.lower === 'there' && tokens[i + 1]?.lemma === 'be');
  return there >= 0 && !tokens.slice(there + 2, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

/** Temporal nouns that follow a place without modifying an act: "killed in Ukraine today". */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'overnight', 'week', 'month', 'year', 'morning', 'evening', 'night']);

/**
 * Roles of a passive material act with no "by" agent ("Four children were killed in Israeli tank
 * shelling in Gaza", "a mortar bomb was fired at it from the Gaza Strip"). The subject is the
 * patient, never the agent. The agent is only what the sentence names as the origin of the act:
 * for a use of force (CAMEO 18-20), the place it was fired from, or the actor modifying the
 * weapon or act noun it was done with ("in Israeli tank shelling"). The target is the patient
 * when it is an actor, else the object of at/on/against, else where it happened ("in Gaza").
 */
export function agentlessPassive(ctx: RoleContext, hit: TriggerHit, seg: Segment, patient: ActorRef | null): Roles {
  const { tokens, mentions } = ctx;
  // Phrases of the passive's own verb: up to the next finite verb ("..., came as Israel announced");
  // gerunds are nouns there ("in Israeli tank shelling").
  const after = mentions.filter(
    (m) =>
      m.first > hit.last &&
      m.first <= seg.last &&
      !tokens.slice(hit.last + 1, m.first).some((t) => (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.pos === 'AUX'),
  );
  // The preposition heading a mention's phrase, over articles and modifiers; `within` also passes
  // "the east of", "a residential sector of mostly Christian eastern" (a part of the place named).
  const prepBefore = (m: ArgMention, preps: ReadonlySet<string>, within = false): boolean => {
    for (let i = m.first - 1; i >= hit.head + 1 && i >= m.first - (within ? 8 : 3); i--) {
      const t = tokens[i];
      if (t === undefined) break;
      if (preps.has(t.lower)) return true;
      const part = within && (t.lower === 'of' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADV');
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && !part) break;
    }
    return false;
  };
  let source: ArgMention | undefined;
  if (hit.record.type === 'ASSAULT') {
    source =
      after.find((m) => prepBefore(m, ORIGIN_PREP)) ??
      after.find((m) => {
        const next = tokens[m.last + 1];
        return (
          prepBefore(m, INSTRUMENT_PREP) &&
          next !== undefined &&
          next.pos === 'NOUN' &&
          !TIME_NOUNS.has(next.lower) &&
          !PLACE_NOUNS_AFTER.has(next.lemma)
        );
      });
  }
  let sources = source === undefined ? [] : [source.ref];
  if (hit.record.type === 'COERCE') {
    // Arrests, bans and detentions are done by the state where they happen ("was detained in
    // Moscow"); with no place named, by the patient's own state ("FSB officers had been
    // arrested": domestic repression, CAMEO 17 coded within one country).
    const place = after.find((m) => !m.pronoun && m.ref.country !== null && prepBefore(m, PLACE_PREP_AFTER, true));
    const state = place?.ref ?? patient;
    if (state !== null && isState(state))
      sources = [place?.ref ?? { actorId: null, name: 'authorities', country: state.country, span: null }];
  }
  let how: Roles['how'] = 'passive';
  if (hit.record.type === 'ASSAULT' && sources.length === 0 && patient !== null && isState(patient)) {
    // "There were ten Russian soldiers killed in Ukraine": with no agent named, force used on one
    // country's people inside another is most likely that other country's (CAMEO 1833 likewise
    // codes the location as the source of attacks whose authors are unknown). A guess, so it is
    // marked 'place' (lower confidence, never an accusation); the place must be a state other than
    // the victims' own ("two Iraqi soldiers were killed in Mosul" names no foreign agent). Only a
    // place the act is in, not one it passed over: a plane "shot down over Ukraine" says nothing
    // of who holds the ground.
    const place = after.find(
      (m) => !m.pronoun && isState(m.ref) && countryKey(m.ref) !== countryKey(patient) && prepBefore(m, INSIDE_PREP, true),
    );
    if (place !== undefined) {
      sources = [place.ref];
      how = 'place';
    }
  }
  const same = (r: ActorRef | null): boolean => r !== null && sources.some((s) => countryKey(s) === countryKey(r));
  let target: ActorRef | null = patient !== null && (!same(patient) || hit.record.type === 'COERCE') ? patient : null;
  if (target === null) {
    const aimed = after.find((m) => m !== source && prepBefore(m, AIM_PREP));
    const place = after.find((m) => m !== source && !m.pronoun && prepBefore(m, PLACE_PREP_AFTER, true));
    const pick = aimed ?? place;
    const ref = pick === undefined ? null : resolve(ctx, pick);
    if (ref !== null && !same(ref)) target = ref;
  }
  return { sources, targets: target === null ? [] : [target], subjectEnd: hit.head - 1, how };
}

/** A state actor (three-letter country code, not a non-state group code). */
const isState = (r: ActorRef): boolean => isStateCode(r.country);

/** "fired from the Gaza Strip": where a shot came from. */
const ORIGIN_PREP: ReadonlySet<string> = new Set(['from']);
/** "killed in Israeli shelling", "wounded by Russian fire", "hit with Ukrainian drones". */
const INSTRUMENT_PREP: ReadonlySet<string> = new Set(['in', 'by', 'with', 'under']);
/** "fired at it", "dropped on the city". */
const AIM_PREP: ReadonlySet<string> = new Set(['at', 'on', 'against', 'into', 'toward', 'towards']);
/** "killed in Ukraine", "shot down over Ukraine". */
const PLACE_PREP_AFTER: ReadonlySet<string> = new Set(['in', 'over', 'near', 'inside']);
/** "killed in Ukraine", "inside Syria": a place the act happened on the ground of. */
const INSIDE_PREP: ReadonlySet<string> = new Set(['in', 'inside']);
/** Nouns after a name that make it part of a place ("the Gaza Strip", "the Donetsk region"). */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(['strip', 'region', 'city', 'border', 'province', 'area', 'district', 'capital']);

/**
 * Acts done to their grammatical object, whose passive subject is the patient ("Ukraine was
 * attacked", "prisoners were released", "Obama is being pressured"). Not AGREE or REJECT, whose
 * participles are mostly states of their subject ("is committed to", "is opposed to"), nor own-force acts: "Russian troops were withdrawn"
 * (RETREAT) or "deployed" (MOBILIZE) names the agent's own forces, so their owner stays the source.
 */
export const PATIENT_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'PROTEST', 'REQUEST', 'ACCUSE', 'THREATEN', 'SUPPORT']);
