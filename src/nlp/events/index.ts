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
 *      one event per (source, type, target).
 */
import type { Actor, ActorRef, Event, Quote, Sentence, TimeExpression } from '../../core/analysis.ts';
import { sentenceDate } from '../time/index.ts';
import { assignRoles, reporterRoles } from './assign-roles.ts';
import { lightVerbBefore, perceptionBefore } from './phrases.ts';
import { segmentClauses, segmentOf } from './clauses.ts';
import { goldstein } from './codebook.ts';
import { defaultCues, findCue, findPhrase, verbCueIndices } from './cues.ts';
import type { Draft } from './draft.ts';
import { defaultLexicon, type CompiledPattern } from './lexicon.ts';
import { NON_STATES, sentenceMentions, type ArgMention } from './mentions.ts';
import { decideModality } from './modality.ts';
import { proposeTriggers } from './propose-triggers.ts';
import { absorb, conditionalThreats, dedupe, statedIntents } from './refine.ts';
import { tagSentence, type Token } from './tokens.ts';

export interface EventOptions {
  readonly actors?: readonly Actor[];
  readonly quotes?: readonly Quote[];
  readonly times?: readonly TimeExpression[];
  /** The article's date (ISO); events with no date of their own take it. */
  readonly published?: string | null;
}

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
  const states = mentions.filter(
    (m) => !m.pronoun && m.ref.country !== null && m.ref.country.length === 3 && !NON_STATES.has(m.ref.country),
  );
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

const keyOf = (r: ActorRef | null): string => r?.country ?? r?.name.toLowerCase() ?? '';

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
    const reports = verbCueIndices(tokens, cues, 'report', 'clause');
    const reported = reports.length > 0 || findCue(tokens, cues, 'report', 'clause', 0, tokens.length - 1) !== null;
    for (const hit of hits) {
      // A word that names an actor ("protesters", "rioters") is an argument, not the act.
      if (mentions.some((m) => m.first <= hit.head && hit.head <= m.last)) continue;
      // ", provided Russia did not move": "provided" as a conjunction opens a condition, it gives nothing.
      if (provisoConjunction(tokens, hit.head)) continue;
      // Part of a hyphenated modifier ("its long-threatened invasion") describes, it does not act.
      if (inCompound(tokens, hit.head)) continue;
      const segIndex = segmentOf(segments, hit.head);
      const ctx = { tokens, mentions, segments, previous, reports };
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
      const type = mod.retype ?? base;
      const cameo = mod.retype === 'AGREE' ? '0356' : mod.retype === 'REJECT' ? '120' : (joint?.cameo ?? hit.record.cameo);
      const confidence =
        BASE_CONFIDENCE -
        (hit.nominal && !lightVerbBefore(tokens, hit.head) ? NOMINAL_PENALTY : 0) -
        (SUBORDINATE_OPENERS.has(segments[segIndex]?.opener ?? '') ? SUBORDINATE_PENALTY : 0) -
        (roles.sources.length === 0 ? NO_SOURCE_PENALTY : 0) -
        (roles.how === 'borrowed' || roles.how === 'discourse' ? BORROWED_PENALTY : 0) -
        (subordinate(tokens, hit.head) ? SUBORDINATE_PENALTY : 0) -
        (hit.record.roles === 'reporter' ? INFERRED_PENALTY : 0);
      const sources = roles.sources.length === 0 ? [placeDefault(mentions)] : roles.sources;
      const targets = roles.targets.length === 0 ? [null] : roles.targets;
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
        if (type === 'CONSULT' && sameSide) continue;
        // Troops massed on one's own soil ("deployed troops in Belarus and western Russian regions")
        // are aimed at no one there: the own-country place is where, not whom.
        if (type === 'MOBILIZE' && sameSide && coded.length > 1) continue;
        drafts.push({
          type,
          mode: mod.retype === null ? hit.record.mode : null,
          cameo,
          source,
          sourceKey: keyOf(source),
          target,
          modality: mod.modality,
          head: hit.head,
          last: hit.last,
          nominal: hit.nominal,
          segIndex,
          segOpener: segments[segIndex]?.opener ?? '',
          reported: reported && (roles.how === 'subject' || roles.how === 'light-verb'),
          rule: `events/${hit.record.id}${joint === undefined ? '' : '+joint'}/${roles.sources.length === 0 && source !== null ? 'place-default' : roles.how}/${mod.cue}${mod.retype === null ? '' : `/${mod.retype.toLowerCase()}`}`,
          confidence,
        });
      }
    }
    const refined = dedupe(statedIntents(conditionalThreats(absorb(drafts), hasCondition(tokens))));
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
      const seen = salience.get(d.sourceKey);
      salience.set(d.sourceKey, { ref: d.source, count: (seen?.count ?? 0) + 1, last: out.length });
    }
    previous = mostSalient(salience);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start || a.trigger.end - b.trigger.end);
}
