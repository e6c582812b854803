/**
 * Brink's event coder: every sentence that reports a political act becomes one `Event` per act,
 * with PLOVER type and mode, nearest CAMEO code, Goldstein intensity, source and target, date and
 * modality.
 *
 *   1. tag the sentence (tokens.ts) and cut it into clauses (clauses.ts);
 *   2. collect its actor mentions: actor stage first, fallback gazetteer after (mentions.ts);
 *   3. find lexicon triggers (propose-triggers.ts);
 *   4. per trigger: source and target (assign-roles.ts), modality (modality.ts);
 *   5. refine per sentence (refine.ts): absorb complements of verbal acts, conditional threats,
 *      stated intents, accusations derived from reported force, one event per (source, type, target).
 */
import type { Actor, ActorRef, Event, Quote, Sentence, TimeExpression } from '../../core/analysis.ts';
import { sentenceDate } from '../time/index.ts';
import { assignRoles, reporterRoles } from './assign-roles.ts';
import { conjoined, countryKey, inPP, lightVerbBefore, perceptionBefore } from './phrases.ts';
import { segmentClauses, segmentOf, type Segment } from './clauses.ts';
import { goldstein } from './codebook.ts';
import { defaultCues, findCue, findPhrase, verbCueIndices, type CompiledCue } from './cues.ts';
import type { Draft } from './draft.ts';
import { defaultLexicon, type CompiledPattern } from './lexicon.ts';
import { isStateCode, nonStateGroup, sentenceMentions, type ArgMention } from './mentions.ts';
import { decideModality } from './modality.ts';
import { proposeTriggers } from './propose-triggers.ts';
import { absorb, conditionalThreats, dedupe, derivedAccusations, statedIntents, type SpeakerOf } from './refine.ts';
import { tagSentence, type Token } from './tokens.ts';

export interface EventOptions {
  readonly actors?: readonly Actor[];
  readonly quotes?: readonly Quote[];
  readonly times?: readonly TimeExpression[];
  /** The article's date (ISO); events with no date of their own take it. */
  readonly published?: string | null;
}

/** CAMEO 150, demonstrate military or police power: the code of a watched show of force. */
const SHOW_OF_FORCE = '150';

/** Base confidence of a verbal trigger with a subject; the others are discounted from it. */
const BASE_CONFIDENCE = 0.7;
const NOMINAL_PENALTY = 0.15;
const NO_SOURCE_PENALTY = 0.25;
const BORROWED_PENALTY = 0.1;
/** A purpose or complement infinitive ("began a hunger strike to protest") is a subordinate act. */
const SUBORDINATE_PENALTY = 0.15;
/** A demand inferred from "must" in reported speech is weaker evidence than a demand verb. */
const INFERRED_PENALTY = 0.1;

/** Adverbial and relative clauses ("after ...", "where ...", "which ...") hold background acts, not the sentence's main one. */
const SUBORDINATE_OPENERS = new Set([
  'after',
  'before',
  'where',
  'which',
  'who',
  'as',
  'while',
  'whereas',
  'because',
  'since',
  'when',
  'although',
  'though',
  'until',
]);

function subordinate(tokens: readonly Token[], head: number): boolean {
  const to = tokens[head - 1];
  const before = tokens[head - 2];
  return to?.lower === 'to' && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADV');
}

/**
 * Conventional military weapons, by the CAMEO code their use takes: 194 "fight with artillery and
 * tanks" (artillery, tanks, rocket fire, non-portable missile launchers, warships), 195 "employ
 * aerial weapons" (bombs from military aircraft). CAMEO 183 is for suicide, car or other
 * non-military bombing of improvised explosives, so a blast caused by one of these is CAMEO 19.
 */
const CONVENTIONAL_WEAPONS: ReadonlyMap<string, string> = new Map([
  ['missile', '194'],
  ['rocket', '194'],
  ['shell', '194'],
  ['artillery', '194'],
  ['mortar', '194'],
  ['tank', '194'],
  ['howitzer', '194'],
  ['warship', '194'],
  ['torpedo', '194'],
  ['airstrike', '195'],
  ['warplane', '195'],
  ['bomber', '195'],
  ['aircraft', '195'],
  ['drone', '195'],
  ['helicopter', '195'],
  ['jet', '195'],
]);
/** Words the instrument noun phrase may run over after by/with/from ("by a sophisticated BAK surface-to-air missile"). */
export const WEAPON_REACH = 10;
/** Words of a trigger that name an improvised bombing, which stays CAMEO 18 whatever else is said. */
const IMPROVISED = new Set(['suicide', 'car', 'roadside', 'truck', 'improvised']);

/**
 * The CAMEO code a generic blast ("was blown up", "an explosion", "detonated", CAMEO 183 by
 * default) takes when a conventional military weapon caused it: as the instrument after
 * "by"/"with"/"from" in its clause ("was blown up over Ukraine by a surface-to-air missile"), or
 * modifying the act noun ("a missile explosion"). Null when no such weapon is named, or when the
 * trigger itself names an improvised bombing ("car bomb", "suicide bombing").
 */
export function conventionalWeapon(tokens: readonly Token[], head: number, last: number, segLast: number): string | null {
  if (tokens.slice(head, last + 1).some((t) => IMPROVISED.has(t.lower))) return null;
  const codeAt = (i: number): string | null => {
    const t = tokens[i];
    if (t === undefined) return null;
    if ((t.lemma === 'strike' || t.lemma === 'raid') && tokens[i - 1]?.lower === 'air') return '195';
    return CONVENTIONAL_WEAPONS.get(t.lemma) ?? CONVENTIONAL_WEAPONS.get(t.lower) ?? null;
  };
  for (const i of [head - 1, head - 2]) {
    if (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ') {
      const code = codeAt(i);
      if (code !== null) return code;
    } else break;
  }
  const by = tokens.findIndex((t, i) => i > last && i <= segLast && (t.lower === 'by' || t.lower === 'with' || t.lower === 'from'));
  if (by < 0) return null;
  for (let i = by + 1; i <= Math.min(segLast, by + WEAPON_REACH); i++) {
    const t = tokens[i];
    if (t === undefined || t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
    const code = codeAt(i);
    if (code !== null) return code;
  }
  return null;
}

/**
 * Wire datelines: capitals (cities joined by "/"), an optional date, an optional agency in
 * parentheses, then a dash (AP and Reuters style). The month names keep "NATO - " out.
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40}(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([^()]{2,40}\))?\s+[-–—]\s+/u;

/** Length of a leading wire dateline in a sentence, or 0. */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/**
 * Cheap pre-filter: a sentence with no word starting like a pattern head cannot hold an event.
 * Each pattern's longest word is cut before a final e or y so inflections match ("invade" → invad-ed, "deny" → deni-ed);
 * over-matching only costs a tagging pass. Irregular past forms are listed apart.
 */
function headFilter(lexicon: ReadonlyMap<string, readonly CompiledPattern[]>): RegExp {
  // Each pattern is keyed by its longest word: "on alert" by "alert", not by "on".
  const keys = [...lexicon.values()].flat().map((p) => p.words.reduce<string>((a, w) => (w !== null && w.length > a.length ? w : a), ''));
  const stems = [...new Set(keys.map((h) => h.replace(/[ey]$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))].filter((h) => h.length > 2);
  stems.sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${stems.join('|')}|${IRREGULAR})`, 'iu');
}

/** Irregular past forms of lexicon verbs, which no stem reaches. */
const IRREGULAR =
  'met|held|fought|sought|froze|took|shot|spoke|flew|brought|gave|drew|struck|withdrew|beat|sent|led|threw|broke|made|went|cut|put|told|said|began|undertook|forgave|laid';

let filter: { lexicon: unknown; re: RegExp } | null = null;

function inCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i - 1];
  const before = tokens[i - 2];
  if (t === undefined) return false;
  if (/\w-\w/u.test(t.text) && !/^(?:de|re|co|cease|pull|build|draw|sit|walk|air|counter|self)-/iu.test(t.lower)) return true;
  return dash !== undefined && before !== undefined && dash.text === '-' && dash.start === before.end && dash.end === t.start;
}

/** An actor object right after the verb at `last`, then a to-infinitive: "wants [the US] to leave". */
function controlsInfinitive(tokens: readonly Token[], mentions: readonly ArgMention[], last: number): boolean {
  let i = last + 1;
  while (tokens[i]?.pos === 'DET') i++;
  const m = mentions.find((x) => x.first === i);
  return m !== undefined && tokens[m.last + 1]?.lower === 'to' && tokens[m.last + 2]?.pos === 'VERB';
}

/** "helped to plan", "helped plan": the verb at `k` takes a verb, not an object. */
function verbComplement(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && ((next.lower === 'to' && tokens[k + 2]?.pos === 'VERB') || next.pos === 'VERB');
}

function provisoConjunction(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.lower ?? '';
  return (t === 'provided' || t === 'providing') && (tokens[i - 1]?.text === ',' || tokens[i + 1]?.lower === 'that');
}

/** Share of capitalised words above which a line is in headline case. */
export const HEADLINE_CAPS = 0.6;
/** Words a headline-case line leaves in lower case. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'as',
  'from',
  'vs',
]);

/** True for a line in headline case: most words capitalised and no final full stop. */
export function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (/[.!?]["”’]?$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length / words.length > HEADLINE_CAPS;
}

function hasCondition(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t) => t.lower === 'if' || t.lower === 'unless') || findPhrase(tokens, ['in', 'the', 'event'], 0, tokens.length - 1) >= 0
  );
}

/**
 * Last resort for an act with no named actor ("President Bouteflicka threatened to ..." with an
 * unknown name): when the sentence names exactly one country, the act is taken as domestic to it
 * (the PLOVER GSR codes such events with that country as source). Null otherwise.
 */
function placeDefault(mentions: readonly ArgMention[]): ActorRef | null {
  const states = mentions.filter((m) => !m.pronoun && isStateCode(m.ref.country));
  const countries = new Set(states.map((m) => m.ref.country));
  return countries.size === 1 ? (states[0]?.ref ?? null) : null;
}

function mostSalient(salience: ReadonlyMap<string, { ref: ActorRef; count: number; last: number }>): ActorRef | null {
  let best: { ref: ActorRef; count: number; last: number } | null = null;
  for (const s of salience.values()) if (best === null || s.count > best.count || (s.count === best.count && s.last > best.last)) best = s;
  return best?.ref ?? null;
}

const FIRST_PERSON = new Set(['we', 'i', 'us']);

/**
 * "We have no intention of attacking Ukraine," Ryabkov told ...: a first-person pronoun inside a
 * quotation is its speaker (the speaker's side, for "we"), whoever the discourse was about.
 */
function speakersForFirstPerson(mentions: ArgMention[], tokens: readonly Token[], quotes: readonly Quote[]): ArgMention[] {
  return mentions.map((m) => {
    const t = tokens[m.first];
    if (!m.pronoun || t === undefined || !FIRST_PERSON.has(t.lower)) return m;
    const speaker = quotes.find((q) => q.start <= t.start && t.end <= q.end)?.speaker ?? null;
    return speaker === null || (speaker.country === null && speaker.actorId === null) ? m : { ...m, pronoun: false, ref: speaker };
  });
}

/** How many tokens a postposed reporting verb's subject may end before it (", the U.S. Central Command said"). */
const POSTPOSED_SUBJECT = 1;

/**
 * The speaker of the reporting verb that governs a draft's act: the subject of the nearest
 * reporting verb before it ("Israel said [that] ...", with its conjuncts: "Obama and Putin said"),
 * or the actor right before one after the clause ("..., the Pentagon said"). Pronouns and actors
 * inside prepositional phrases ("a spokesperson for the Israeli prime minister said") are not
 * taken (who "he" is needs the discourse).
 */
function reportSpeaker(
  tokens: readonly Token[],
  mentions: readonly ArgMention[],
  segments: readonly Segment[],
  reports: readonly number[],
  d: Draft,
): ReturnType<SpeakerOf> {
  const before = reports.findLast((r) => r < d.head);
  const at = before ?? reports.find((r) => r > d.last);
  if (at === undefined) return null;
  const segIndex = segmentOf(segments, at);
  const floor = segments[segIndex]?.first ?? 0;
  const m =
    before !== undefined
      ? mentions.find((x) => x.last < at && x.first >= floor && !x.pronoun && !inPP(tokens, x, floor))
      : mentions.findLast(
          (x) => x.last < at && x.first > d.last && x.last >= at - POSTPOSED_SUBJECT && !x.pronoun && !inPP(tokens, x, d.last + 1),
        );
  if (m === undefined) return null;
  const group = before !== undefined ? conjoined(tokens, mentions, m, at) : [m];
  const [from, to] = at < d.head ? [at + 1, d.head] : [d.last + 1, at];
  const between = tokens.slice(from, to).some((t) => t.pos === 'VERB' && t.lemma !== 'be');
  return { ref: m.ref, group: group.map((x) => x.ref), at, segIndex, between };
}

/** Words that make the reporting word after them a noun: "his vow", "the report", "a claim". */
const NOUN_MAKERS = new Set(['DET', 'PRON', 'ADJ', 'NUM']);

/**
 * A reporting word the tagger did not call a verb ("Greece plans to ..." tagged as a noun) still
 * makes the sentence a report, unless a determiner or possessive makes it a noun: "an event which
 * will test his vow to ..." reports nothing.
 */
function reportingWord(tokens: readonly Token[], cues: readonly CompiledCue[]): boolean {
  for (let found = findCue(tokens, cues, 'report', 'clause', 0, tokens.length - 1); found !== null;) {
    if (!NOUN_MAKERS.has(tokens[found.at - 1]?.pos ?? '')) return true;
    found = findCue(tokens, cues, 'report', 'clause', found.at + 1, tokens.length - 1);
  }
  return false;
}

/** Coded events of `text`, sorted by trigger position. */
export function extractEvents(text: string, sentences: readonly Sentence[], options: EventOptions = {}): Event[] {
  const lexicon = defaultLexicon();
  if (filter === null || filter.lexicon !== lexicon) filter = { lexicon, re: headFilter(lexicon) };
  const mayHoldEvent = filter.re;
  const cues = defaultCues();
  const quotes = options.quotes ?? [];
  const out: Event[] = [];
  // The discourse actor: the most frequent source so far (the latest on ties), which bare nominal
  // acts ("the invasion") are attributed to.
  const salience = new Map<string, { ref: ActorRef; count: number; last: number }>();
  let previous: ActorRef | null = null;
  const lastOfType = new Map<string, ActorRef>();
  const targetBalance = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    const line = text.slice(sentence.start, sentence.end);
    if (!mayHoldEvent.test(line)) continue;
    // A headline or subhead ("Putin Has Backed Down, But He's Still the Winner") announces what the
    // body reports with its actors, dates and qualifications; coding both would count the act twice.
    if (isHeadline(line)) continue;
    // A wire dateline ("KYIV/MOSCOW, Feb 24 (Meridian Wire) - ") names where the story was filed,
    // not who acted: the clause starts after it.
    const tokens = tagSentence(text, sentence.start + datelineLength(line), sentence.end);
    const hits = proposeTriggers(tokens, lexicon);
    if (hits.length === 0) continue;
    const segments = segmentClauses(tokens);
    const mentions = speakersForFirstPerson(sentenceMentions(tokens, options.actors ?? []), tokens, quotes);
    const drafts: Draft[] = [];
    const groups = new Set<ActorRef | null>(mentions.filter((m) => nonStateGroup(tokens, m)).map((m) => m.ref));
    const reports = verbCueIndices(tokens, cues, 'report', 'clause');
    const reported = reports.length > 0 || reportingWord(tokens, cues);
    for (const hit of hits) {
      // A word that names an actor ("protesters", "rioters") is an argument, not the act.
      if (mentions.some((m) => m.first <= hit.head && hit.head <= m.last)) continue;
      // "Shell said on Tuesday ...": a capitalised act noun that is the subject of a reporting verb
      // is a name (a company, a person); an act does not speak.
      if (hit.nominal && /^\p{Lu}/u.test(tokens[hit.head]?.text ?? '') && reports.includes(hit.last + 1)) continue;
      // ", provided Russia did not move": "provided" as a conjunction opens a condition, it gives nothing.
      if (provisoConjunction(tokens, hit.head)) continue;
      // Part of a hyphenated modifier ("its long-threatened invasion") describes, it does not act.
      if (inCompound(tokens, hit.head)) continue;
      // "wants Putin to leave" is a request; "wants to leave" is the subject's own plan (a cue).
      if (hit.record.roles === 'object-control' && !controlsInfinitive(tokens, mentions, hit.last)) continue;
      // "helped (to) plan the killings": help with a verb complement contributes to that act, which
      // is the event; only help given to someone or something is AID (CAMEO 07).
      if (hit.record.type === 'AID' && hit.last === hit.head && hit.record.cameo === '070' && verbComplement(tokens, hit.head)) continue;
      const segIndex = segmentOf(segments, hit.head);
      const ctx = { tokens, mentions, segments, previous, reports, lastOfType, targetBalance };
      let roles;
      if (hit.record.roles === 'reporter') {
        // A reported demand needs its reporting verb; "must" in the author's own voice is no act.
        const report = findCue(tokens, cues, 'report', 'clause', 0, hit.head - 1);
        if (report === null) continue;
        roles = reporterRoles(ctx, hit, report.at);
      } else roles = assignRoles(ctx, hit, segIndex);
      const joint = hit.record.joint !== undefined && roles.sources.length > 1 ? hit.record.joint : undefined;
      const base = joint?.type ?? hit.record.type;
      const perceived = hit.nominal && perceptionBefore(tokens, hit.head);
      const mod = decideModality(
        {
          tokens,
          segments,
          segIndex,
          hit,
          // A perceived act reads the perceiving clause's verb group: "had not yet seen any de-escalation".
          subjectEnd: perceived ? (segments[segIndex]?.first ?? 0) - 1 : roles.subjectEnd,
          type: base,
          lightVerb: roles.how === 'light-verb' || perceived,
        },
        cues,
      );
      // A use of force its own side watches, aimed at no one, demonstrates military power (CAMEO 150).
      const shown = roles.shown === true && base === 'ASSAULT' && mod.retype === null;
      const type = shown ? 'MOBILIZE' : (mod.retype ?? base);
      const weapon =
        hit.record.cameo === '183' ? conventionalWeapon(tokens, hit.head, hit.last, segments[segIndex]?.last ?? tokens.length - 1) : null;
      const cameo = shown
        ? SHOW_OF_FORCE
        : mod.retype === 'AGREE'
          ? '0356'
          : mod.retype === 'REJECT'
            ? '120'
            : (weapon ?? joint?.cameo ?? hit.record.cameo);
      const confidence =
        BASE_CONFIDENCE -
        (hit.nominal && !lightVerbBefore(tokens, hit.head) ? NOMINAL_PENALTY : 0) -
        (SUBORDINATE_OPENERS.has(segments[segIndex]?.opener ?? '') ? SUBORDINATE_PENALTY : 0) -
        (roles.sources.length === 0 ? NO_SOURCE_PENALTY : 0) -
        (roles.how === 'borrowed' || roles.how === 'discourse' || roles.how === 'place' ? BORROWED_PENALTY : 0) -
        (subordinate(tokens, hit.head) ? SUBORDINATE_PENALTY : 0) -
        (hit.record.roles === 'reporter' ? INFERRED_PENALTY : 0);
      // A passive with no agent names none on purpose ("civilians were killed in Baghdad"): the
      // place of the act is not its agent.
      // "would not give permission to Russia to help Israel": the refusal is the giver's, aimed at
      // the recipient it refuses (PETRARCH-2 validation NEG_1 codes USA → RUS 12), not at the act's target.
      const refused = mod.retype !== null && roles.grantor !== undefined && roles.grantor.length > 0;
      const roleSources = refused ? (roles.grantor ?? []) : roles.sources;
      const roleTargets = refused ? roles.sources : roles.targets;
      // Nor is the place where an act was (not) seen its agent: "Nato has seen no sign of a
      // withdrawal near Ukraine" is about someone else's withdrawal, not Ukraine's.
      // Nor does a bare act whose discourse agent was ruled out (discourseAgent) fall back on the place.
      const sources =
        roleSources.length === 0
          ? [roles.how === 'passive' || roles.how === 'discourse' || perceived ? null : placeDefault(mentions)]
          : roleSources;
      const targets = roleTargets.length === 0 ? [null] : roleTargets;
      const pairs = sources.flatMap((s) => targets.map((t) => [s, t] as const));
      // "The US, Russia and Switzerland met": a mutual act between joint subjects, in every direction.
      const mutual = hit.record.symmetric === true && roles.targets.length === 0 && roles.sources.length > 1;
      const coded = mutual ? roles.sources.flatMap((s) => roles.sources.filter((t) => t !== s).map((t) => [s, t] as const)) : pairs;
      for (const [source, target] of coded) {
        // An act with no side at all ("Speaking truth to power requires allies", "The Quint neither
        // endorses ...") tells an analyst nothing about who did what to whom.
        if (source === null && target === null) continue;
        const sameSide = source !== null && target !== null && source.country !== null && source.country === target.country;
        // A state meeting itself is an internal meeting, which is not coded (dev notes).
        // Demonstrators, rebels or an opposition meeting their own government are two domestic
        // actors (CAMEO codes e.g. GEOOPP → GEOGOV), which is coded.
        if (type === 'CONSULT' && sameSide && !groups.has(source) && !groups.has(target)) continue;
        // Troops massed on one's own soil ("deployed troops in Belarus and western Russian regions")
        // are aimed at no one there: the own-country place is where, not whom.
        if (type === 'MOBILIZE' && sameSide && coded.length > 1) continue;
        drafts.push({
          type,
          mode: shown ? 'troops' : mod.retype === null ? (weapon !== null ? 'heavy-weapons' : hit.record.mode) : null,
          cameo,
          source,
          sourceKey: countryKey(source),
          target,
          modality: mod.modality,
          head: hit.head,
          last: hit.last,
          nominal: hit.nominal,
          segIndex,
          segOpener: segments[segIndex]?.opener ?? '',
          reported: reported && (roles.how === 'subject' || roles.how === 'light-verb'),
          controlled: roles.controlled === true && !refused,
          infinitive: !hit.nominal && tokens[hit.head - 1]?.lower === 'to',
          rule: `events/${hit.record.id}${joint === undefined ? '' : '+joint'}/${roles.sources.length === 0 && source !== null ? 'place-default' : roles.how}/${mod.cue}${mod.retype === null ? '' : `/${mod.retype.toLowerCase()}`}${shown ? '/shown' : ''}`,
          confidence,
        });
      }
    }
    const speakerOf: SpeakerOf = (d) => reportSpeaker(tokens, mentions, segments, reports, d);
    const refined = dedupe(
      derivedAccusations(statedIntents(conditionalThreats(absorb(drafts), hasCondition(tokens)), speakerOf), speakerOf),
    );
    const stated = sentenceDate(options.times ?? [], sentence);
    const published = options.published ?? null;
    for (const d of refined) {
      const head = tokens[d.head];
      const last = tokens[d.last];
      if (head === undefined || last === undefined) continue;
      const trigger = { start: head.start, end: last.end, text: text.slice(head.start, last.end) };
      const quote = quotes.findIndex((q) => q.start <= trigger.start && trigger.end <= q.end);
      out.push({
        start: sentence.start,
        end: sentence.end,
        type: d.type,
        mode: d.mode,
        cameo: d.cameo,
        intensity: goldstein(d.cameo),
        source: d.source,
        target: d.target,
        date: stated ?? published,
        dateFrom: stated !== null ? 'sentence' : published !== null ? 'published' : null,
        modality: d.modality,
        attributedTo: quote < 0 ? null : quote,
        trigger,
        rule: d.rule,
        confidence: Math.max(0.05, Math.min(1, d.confidence)),
      });
    }
    for (const d of refined) {
      if (d.source === null || d.sourceKey === '' || d.rule.includes('/discourse/')) continue;
      if (d.rule.includes('/subject/') || d.rule.includes('/light-verb/')) lastOfType.set(d.type, d.source);
      // Who receives rather than does a type of act: not the agent of a later bare act of that type.
      if (d.modality === 'asserted' && !d.rule.includes('/place-default/')) {
        const balance = targetBalance.get(d.type) ?? new Map<string, number>();
        balance.set(d.sourceKey, (balance.get(d.sourceKey) ?? 0) - 1);
        const targetKey = countryKey(d.target);
        if (targetKey !== '' && targetKey !== d.sourceKey) balance.set(targetKey, (balance.get(targetKey) ?? 0) + 1);
        targetBalance.set(d.type, balance);
      }
      const seen = salience.get(d.sourceKey);
      salience.set(d.sourceKey, { ref: d.source, count: (seen?.count ?? 0) + 1, last: out.length });
    }
    previous = mostSalient(salience);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start || a.trigger.end - b.trigger.end);
}
