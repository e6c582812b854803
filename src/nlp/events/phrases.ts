/**
 * Noun-phrase helpers for role assignment, from POS tags alone: is a mention inside a
 * prepositional phrase, which mentions are conjoined ("the US, Russia and Switzerland"), which
 * actors follow a trigger, and does a light verb govern a nominal act ("launched an attack").
 */
import type { ActorRef } from '../../core/analysis.ts';
import type { ArgMention } from './mentions.ts';
import { forms, type Token } from './tokens.ts';

const BLOCKING_ADP = new Set([
  'in',
  'at',
  'near',
  'of',
  'from',
  'for',
  'with',
  'to',
  'on',
  'into',
  'against',
  'about',
  'over',
  'like',
  'by',
  'towards',
  'toward',
  'after',
  'before',
  'across',
  'along',
  'inside',
  'within',
  'despite',
]);
const QUANTITY = new Set([
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'dozen',
  'dozens',
  'million',
  'millions',
  'group',
  'number',
  'some',
  'many',
  'most',
  'all',
  'band',
  'crowd',
  'team',
  'delegation',
]);
export const TARGET_PREP = new Set(['on', 'of', 'against', 'to', 'in', 'into', 'with', 'at', 'toward', 'towards', 'over']);
const SKIP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** True when a mention sits inside a prepositional phrase: ADP before it, skipping determiners and modifiers. */
export function inPP(tokens: readonly Token[], m: ArgMention, floor: number): boolean {
  for (let i = m.first - 1; i >= floor && i >= m.first - 3; i--) {
    const t = tokens[i];
    if (t === undefined) break;
    // "Hundreds of protesters", "a group of rebels": a quantity's "of" does not hide the subject.
    if (t.lower === 'of' && (tokens[i - 1]?.pos === 'NUM' || QUANTITY.has(tokens[i - 1]?.lemma ?? ''))) return false;
    if (t.pos === 'ADP' || BLOCKING_ADP.has(t.lower)) return BLOCKING_ADP.has(t.lower);
    // "officials in US and UK governments": the second conjunct is in the first one's phrase.
    if ((t.lower === 'and' || t.lower === 'or') && i > floor)
      return tokens[i - 1] !== undefined && inPP(tokens, { ...m, first: i - 1, last: i - 1 }, floor);
    if (!SKIP.has(t.pos) || t.lower === "'s") break;
  }
  return false;
}

export function conjoined(tokens: readonly Token[], mentions: readonly ArgMention[], head: ArgMention, limit: number): ArgMention[] {
  const out = [head];
  let cur = head;
  let sawAnd = false;
  for (;;) {
    const next = mentions.find((m) => m.first > cur.last && m.first < limit);
    if (next === undefined) break;
    const between = tokens
      .slice(cur.last + 1, next.first)
      .filter((t) => t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.lower !== "'s" && t.lower !== "'");
    if (between.length === 0 || !between.every((t) => t.lower === 'and' || t.text === ',')) break;
    out.push(next);
    if (between.some((t) => t.lower === 'and')) {
      sawAnd = true;
      break;
    }
    cur = next;
  }
  // A list is closed by "and" ("the US, Russia and Switzerland"); commas alone join clauses, not actors.
  return sawAnd ? out : [head];
}

export const countryKey = (r: ActorRef | null): string => r?.country ?? r?.name.toLowerCase() ?? '';

/** How far after a preposition the actor heading its phrase may start: "by a Ukrainian protester", "from the Georgian government". */
export const PHRASE_ACTOR_REACH = 4;

/** The first actor that starts within PHRASE_ACTOR_REACH tokens after the preposition at `prep` ("by", "from") and passes `ok`. */
export function actorAfter(
  mentions: readonly ArgMention[],
  prep: number,
  ok: (m: ArgMention) => boolean = () => true,
): ArgMention | undefined {
  return mentions.find((m) => m.first > prep && m.first <= prep + PHRASE_ACTOR_REACH && ok(m));
}

/** Prepositions of place: "talks in Geneva" are held there, not with Switzerland. */
const VENUE_PREP = new Set(['in', 'at']);

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);
/** Punctuation that closes a quoted sentence before its mark: ,” .” ?” !” */
const CLOSING_PUNCT = new Set([',', '.', '?', '!']);

/**
 * The first actor in [from, to] and its conjuncts. An actor of the source's own country counts
 * (domestic acts: "demonstrators attacked the Georgian government") unless it is the very same
 * name as the source ("Russia ... Russia's"). `venues: false` skips places after "in"/"at", for
 * acts whose venue is not their counterpart (meetings, talks).
 */
export function targetsIn(
  tokens: readonly Token[],
  mentions: readonly ArgMention[],
  from: number,
  to: number,
  sources: readonly ActorRef[],
  venues = true,
): ActorRef[] {
  const own = new Set(sources.map((s) => s.name.toLowerCase()));
  const venue = (x: ArgMention): boolean => !venues && VENUE_PREP.has(tokens[x.first - 1]?.lower ?? '');
  // An actor in the "by" phrase of a later participle is that act's agent, not this act's target:
  // "will send a team to help identify victims killed by the Malaysia Airlines crash".
  const agentPhrase = (x: ArgMention): boolean =>
    [x.first - 1, x.first - 2].some((i) => tokens[i]?.lower === 'by' && i - 1 >= from && tokens[i - 1]?.pos === 'VERB');
  const ok = (x: ArgMention): boolean => !x.pronoun && !own.has(x.ref.name.toLowerCase()) && !venue(x) && !agentPhrase(x);
  // A quotation mark ends the quoted clause: "“Russia threatens no one,” Peskov told reporters"
  // does not make the speaker the target.
  const mark = tokens.findIndex((t, i) => i > from && i <= to && QUOTE_MARKS.has(t.text) && CLOSING_PUNCT.has(tokens[i - 1]?.text ?? ''));
  if (mark >= 0) to = mark - 1;
  const m = mentions.find((x) => x.first >= from && x.first <= to && ok(x));
  if (m === undefined) return [];
  return conjoined(tokens, mentions, m, to + 1)
    .filter(ok)
    .map((x) => x.ref);
}

const PARTICLES = new Set(['out', 'up', 'off']);

/** Verbs whose object noun names the act: "launched an attack", "staged rallies", "imposed a curfew". */
const LIGHT_VERBS = new Set([
  // Verbs that call an act off govern it too: "cancelled a meeting" is about that meeting.
  'cancel',
  'scrap',
  'abandon',
  'postpone',
  'launch',
  'carry',
  'stage',
  'conduct',
  'begin',
  'start',
  'mount',
  'continue',
  'step',
  'hold',
  'issue',
  'make',
  'impose',
  'wage',
  'announce',
  'order',
  'resume',
  'lodge',
  'file',
  'reach',
  'sign',
  'extend',
  'declare',
  'open',
  'give',
  'offer',
  'make',
  'deliver',
  'send',
  'provide',
  'organize',
  'organise',
  'call',
  'end',
  'lift',
  'plan',
  'threaten',
  'have',
  'receive',
  'get',
  'complete',
  'undertake',
  'initiate',
  'unleash',
  'build',
  'rebuild',
  'deepen',
  'forge',
  'expand',
  'pursue',
  'seek',
  // Verbs that put forward a set of measures: "will present a package of sanctions", "unveiled sanctions".
  'present',
  'unveil',
  'adopt',
  'approve',
  'propose',
  'prepare',
]);

/**
 * Nouns that count or bundle acts: "a package of sanctions", "a wave of strikes". The verb that
 * governs the bundle governs the acts in it.
 */
const COLLECTIVE_NOUNS = new Set(['package', 'round', 'set', 'series', 'wave', 'raft', 'batch', 'slew', 'string', 'barrage', 'volley']);

/**
 * Nouns of intention whose "of"-gerund is the clause subject's own act: in "Moscow has never had
 * any intention of invading Ukraine" the invading is Moscow's, and the clause's negation is its.
 */
const INTENT_NOUNS = new Set(['intention', 'intent', 'plan', 'aim', 'goal', 'desire', 'wish', 'interest', 'idea', 'thought']);

/** Verbs of perception: "we have not seen any de-escalation" negates the act seen, whoever its agent. */
const PERCEPTION_VERBS = new Set(['see', 'observe', 'notice', 'witness', 'detect', 'watch', 'confirm', 'verify']);

/** Modal auxiliaries, always followed by a bare verb. */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** Words between a governing verb and its noun, not counting scare quotes and a bundle's "of". */
export const GOVERNED_REACH = 4;

/**
 * Index of the verb governing the noun at `k`: the first verb within GOVERNED_REACH words before
 * it, passing only tokens whose part of speech is in `over` (articles, modifiers) and, with
 * `particles`, the particle of a phrasal verb ("carried out any strike"). Scare quotes pass and do
 * not count; the "of" of a bundle ("present a new round of "massive" sanctions") passes and the
 * reach starts again from the bundle: the verb that governs the bundle governs the acts in it. -1
 * when something else intervenes.
 */
function governingVerb(tokens: readonly Token[], k: number, over: ReadonlySet<string>, particles: boolean): number {
  let words = 0;
  let marks = 0;
  for (let i = k - 1; i >= 0 && words < GOVERNED_REACH; i--) {
    const t = tokens[i];
    if (t === undefined) return -1;
    if (QUOTE_MARKS.has(t.text)) {
      marks++;
      continue;
    }
    // A participle inside the quotes is a quoted modifier ("a “staged” attack"), not the verb.
    if (marks % 2 === 1 && t.pos === 'VERB') return -1;
    // The reach starts again at the bundle, which is the verb's own object.
    if (t.lower === 'of' && COLLECTIVE_NOUNS.has(tokens[i - 1]?.lemma ?? '')) {
      words = 0;
      continue;
    }
    words++;
    // A modal takes a bare verb, whatever the tagger says: "would present" (tagged ADJ).
    if (t.pos === 'VERB' || ((t.pos === 'ADJ' || t.pos === 'NOUN') && MODALS.has(tokens[i - 1]?.lower ?? ''))) return i;
    if (particles && PARTICLES.has(t.lower)) continue;
    if (!over.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * Index of the verb governing the nominal act at `k` ("faces [mounting] pressure", "received
 * military aid"), over articles, modifiers and a phrasal particle; -1 when none.
 */
export function governingVerbIndex(tokens: readonly Token[], k: number): number {
  return governingVerb(tokens, k, LIGHT_OVER, true);
}

const isOneOf = (t: Token | undefined, verbs: ReadonlySet<string>): boolean => t !== undefined && forms(t).some((f) => verbs.has(f));

/** Parts of speech between a perception verb and its object noun. */
const PERCEPTION_OVER = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
/** Parts of speech between a light verb and its act noun ("launched a large night attack"). */
const LIGHT_OVER = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'NOUN', 'PRON']);

/**
 * Nouns of evidence that pass perception on to the act of their "of"-phrase: "we are not seeing
 * any sign of a pullback" perceives (and so negates) the pullback itself, as "not seeing a pullback" would.
 */
const EVIDENCE_NOUNS = new Set(['sign', 'signs', 'evidence', 'indication', 'indications', 'proof', 'trace', 'traces', 'hint', 'hints']);

/**
 * True when a verb of perception governs the noun at `k` (within 4 tokens, over articles and
 * modifiers), directly or through a noun of evidence: "have not seen any evidence of a withdrawal".
 */
export function perceptionBefore(tokens: readonly Token[], k: number): boolean {
  if (isOneOf(tokens[governingVerb(tokens, k, PERCEPTION_OVER, false)], PERCEPTION_VERBS)) return true;
  let i = k - 1;
  while (i > 0 && (tokens[i]?.pos === 'DET' || tokens[i]?.pos === 'ADJ')) i--;
  const noun = tokens[i - 1];
  return (
    tokens[i]?.lower === 'of' &&
    noun !== undefined &&
    EVIDENCE_NOUNS.has(noun.lower) &&
    isOneOf(tokens[governingVerb(tokens, i - 1, PERCEPTION_OVER, false)], PERCEPTION_VERBS)
  );
}

/**
 * True when a verb of LIGHT_VERBS governs the noun at `k` (within 4 tokens, over articles,
 * modifiers and a phrasal particle), or the word at `k` is a gerund after "<intent noun> of".
 */
export function lightVerbBefore(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k];
  const intent = tokens[k - 2];
  if (
    head !== undefined &&
    head.lower.endsWith('ing') &&
    tokens[k - 1]?.lower === 'of' &&
    intent !== undefined &&
    INTENT_NOUNS.has(intent.lemma)
  )
    return true;
  return isOneOf(tokens[governingVerb(tokens, k, LIGHT_OVER, true)], LIGHT_VERBS);
}
