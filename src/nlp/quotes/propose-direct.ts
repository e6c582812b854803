/**
 * Direct quotations: a quoted span bound to a cue next to it, in the sentence that holds its
 * closing mark (“…,” he said / “…,” said Lavrov) or its opening mark (Lavrov said: “…” /
 * He added, “…” / Lavrov: “…” in headlines). The cue must be close to the mark, with only the
 * speaker phrase, an addressee or a prepositional phrase between, so a quotation mark far from
 * any cue does not borrow one (Gender Gap Tracker: quote verb adjacent to the quotation).
 */
import type { Candidate, CueHit, SentenceView } from './candidate.ts';
import { clauseSubject, subjectLeftOf, subjectRightOf, type SpeakerPhrase } from './noun-phrase.ts';
import { CUE_BY_FORM, introducesQuotation } from './cue-lexicon.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { isParticiple } from './propose-indirect.ts';
import { isQuoteToken, tokenAt } from './tokens.ts';

/** Tokens allowed between a closing mark and its cue ("”, the Russian foreign minister said"). */
export const MAX_TOKENS_TO_CUE_AFTER = 24;
/** Tokens allowed between a cue and the opening mark ("said in a statement on Tuesday: “"). */
export const MAX_TOKENS_TO_CUE_BEFORE = 9;

/** "Lavrov: “…”": the name before the colon opens the sentence and has at most this many tokens. */
export const MAX_COLON_SPEAKER_TOKENS = 5;

/** Quotations of at most this many words that start in lower case need the cue after them. */
export const MAX_FRAGMENT_WORDS = 3;

/** "As the Times reported on Friday:" closing the paragraph before a quoted paragraph. */
function cueInLeadIn(s: SentenceView, cues: readonly CueHit[]): Bound | null {
  const last = s.tokens[s.tokens.length - 1];
  if (last?.text !== ':') return null;
  for (let n = cues.length - 1; n >= 0; n--) {
    const cue = cues[n];
    if (cue === undefined || cue.record === null || !introducesQuotation(cue.record)) continue;
    const speaker = subjectLeftOf(s.tokens, cue.first, 0) ?? subjectRightOf(s.tokens, cue.last, s.tokens.length);
    if (speaker !== null) return { cue, speaker, rule: 'quotes/direct-lead-in' };
  }
  return null;
}

const RELATIVE = new Set(['which', 'who', 'that', 'whom', 'whose', 'what']);

interface Bound {
  readonly cue: CueHit;
  readonly speaker: SpeakerPhrase | null;
  readonly rule: string;
}

export function proposeDirect(
  q: QuotedSpan,
  openS: SentenceView | undefined,
  closeS: SentenceView | undefined,
  leadIn: SentenceView | undefined,
  cues: ReadonlyMap<number, readonly CueHit[]>,
  /** The next sentence when the splitter cut at the quotation's own "?" or "!" (index.ts). */
  afterClose?: SentenceView,
): Candidate | null {
  const bound =
    (closeS && cueAfter(q, closeS, cues.get(closeS.index) ?? [])) ??
    (afterClose && cueAfter(q, afterClose, cues.get(afterClose.index) ?? [])) ??
    (openS && cueBefore(q, openS, cues.get(openS.index) ?? [])) ??
    (leadIn && openS && leadIn.paragraph < openS.paragraph && !q.continues ? cueInLeadIn(leadIn, cues.get(leadIn.index) ?? []) : null);
  if (bound === null) return null;
  const lead = bound.rule.startsWith('quotes/direct-cue-after') && openS === closeS ? mixedLeadIn(q, openS) : null;
  if (lead !== null)
    return {
      start: lead,
      end: q.close + 1,
      kind: 'mixed',
      cue: { start: bound.cue.start, end: bound.cue.end, text: bound.cue.text },
      speaker: bound.speaker,
      speakerFromPrevious: false,
      rule: 'quotes/mixed-cue-after',
      confidence: 0.8,
      sentence: (closeS ?? openS)?.index ?? 0,
    };
  return {
    start: q.start,
    end: q.end,
    kind: 'direct',
    cue: { start: bound.cue.start, end: bound.cue.end, text: bound.cue.text },
    speaker: bound.speaker,
    speakerFromPrevious: false,
    rule: bound.rule,
    confidence: q.closed ? 0.9 : 0.6,
    sentence: (closeS ?? openS)?.index ?? 0,
  };
}

/**
 * "He had “wanted to fly since he was five,” his father said.": a quotation that opens after the
 * narrator's words in the sentence whose cue follows it is the end of a mixed quote; the content
 * starts with the sentence (PolNeAR keeps the lead-in). Returns that start, or null when the
 * quotation opens the sentence or follows another quotation, a colon, a cue or "that".
 */
function mixedLeadIn(q: QuotedSpan, s: SentenceView | undefined): number | null {
  if (s === undefined || !q.closed) return null;
  const before = s.tokens.filter((t) => t.end <= q.open);
  const words = before.filter((t) => /\p{L}/u.test(t.text));
  if (words.length === 0 || before.some((t) => isQuoteToken(t) || /^[:;]$/u.test(t.text))) return null;
  // "Polling shows that “…,” said Vos": a report of its own in the lead-in keeps the quotation apart.
  if (words.some((t) => t.lower === 'that' || (/VERB|AUX/u.test(t.pos) && CUE_BY_FORM.has(t.lower)))) return null;
  return words[0]?.start ?? null;
}

/** A quotation never hangs on a cognition verb ("“…” every time he thinks"): PARC direct quotes are speech. */
const speaks = (cue: CueHit): boolean => cue.record !== null && introducesQuotation(cue.record);

function cueAfter(q: QuotedSpan, s: SentenceView, cues: readonly CueHit[]): Bound | null {
  if (!q.closed) return null;
  const from = tokenAt(s.tokens, q.close + 1);
  for (const cue of cues) {
    if (cue.first < from || cue.first - from > MAX_TOKENS_TO_CUE_AFTER || !speaks(cue)) continue;
    const gap = between(s, from, cue.first);
    if (gap.some((t) => isQuoteToken(t))) continue;
    // Only the speaker may stand between: "”, Scott Pruitt, the attorney general of Oklahoma, said".
    const left = subjectLeftOf(s.tokens, cue.first, from);
    const opensGap = left !== null && gap.findIndex((t) => /\p{L}/u.test(t.text)) === gap.findIndex((t) => t.start === left.start);
    if (left !== null && opensGap) return { cue, speaker: left, rule: 'quotes/direct-cue-after' };
    if (gap.some((t) => RELATIVE.has(t.lower) || (t.pos === 'VERB' && !t.lower.endsWith('ing')))) continue;
    const right = gap.every((t) => /^[,.!?—–-]$/u.test(t.text)) ? subjectRightOf(s.tokens, cue.last, s.tokens.length, true) : null;
    if (right !== null) return { cue, speaker: right, rule: 'quotes/direct-cue-after-inverted' };
  }
  return null;
}

function cueBefore(q: QuotedSpan, s: SentenceView, cues: readonly CueHit[]): Bound | null {
  const to = tokenAt(s.tokens, q.open);
  // The quotation's words do not depend on the cue: gathered once, for the first cue close enough.
  let words: SentenceView['tokens'] | undefined;
  for (let n = cues.length - 1; n >= 0; n--) {
    const cue = cues[n];
    if (cue === undefined || !speaks(cue) || cue.last >= to || to - cue.last > MAX_TOKENS_TO_CUE_BEFORE) continue;
    words ??= s.tokens.filter((t) => t.start > q.open && t.end <= q.close && /\p{L}/u.test(t.text));
    // "the Times reported “burn bag,” …": a short lower-case fragment is a scare quote or a mixed fragment.
    if (words.length <= MAX_FRAGMENT_WORDS && !/^\p{Lu}/u.test(words[0]?.text ?? '') && q.close + 2 < s.end) continue;
    const gap = between(s, cue.last + 1, to);
    // "said that the invasion “remains …”" is a mixed quote, proposed with the reported clause.
    if (gap.some((t) => t.lower === 'that' || isQuoteToken(t) || t.pos === 'VERB' || t.pos === 'AUX')) continue;
    // "said no to the Russian “ultimatum,”": a fragment inside the clause, not a quotation.
    const lastGap = gap[gap.length - 1];
    if (lastGap !== undefined && lastGap.text !== ',' && lastGap.text !== ':' && !/^\p{Lu}/u.test(s.tokens[to + 1]?.text ?? '')) continue;
    const participle = isParticiple(s, cue);
    const left = participle ? clauseSubject(s.tokens, 0, cue.first) : subjectLeftOf(s.tokens, cue.first, 0);
    const speaker = left ?? subjectRightOf(s.tokens, cue.last, to);
    return { cue, speaker, rule: 'quotes/direct-cue-before' };
  }
  // Headline style "Lavrov: “…”": a proper name right before a colon.
  const colon = s.tokens[to - 1];
  if (colon?.text === ':' && to >= 2) {
    const from = digestItemStart(s.tokens, to - 1);
    const left = subjectLeftOf(s.tokens, to - 1, from);
    const short = left !== null && left.start === s.tokens[from]?.start && to - 1 - from <= MAX_COLON_SPEAKER_TOKENS;
    if (left !== null && short && s.tokens.slice(from, to).some((t) => t.pos === 'PROPN')) {
      return {
        cue: { start: colon.start, end: colon.end, text: ':', first: to - 1, last: to - 1, record: null },
        speaker: left,
        rule: 'quotes/direct-colon',
      };
    }
  }
  return null;
}

/**
 * Where the speaker of "Name: “…”" may start: the sentence start, or after a spaced dash that ends a
 * digest item's heading ("TURNOUT IS UP - Ann Vos: “…”", "… - More from Vos: “…”").
 */
function digestItemStart(tokens: SentenceView['tokens'], colon: number): number {
  for (let k = colon - 1; k > 0 && k >= colon - 1 - MAX_COLON_SPEAKER_TOKENS - 2; k--) {
    const t = tokens[k];
    if (t === undefined || !/^[-—–]$/u.test(t.text) || (tokens[k - 1]?.end ?? 0) === t.start) continue;
    const more = tokens[k + 1]?.lower === 'more' && tokens[k + 2]?.lower === 'from';
    return k + (more ? 3 : 1);
  }
  return 0;
}

function between(s: SentenceView, from: number, to: number): SentenceView['tokens'] {
  return s.tokens.slice(from, to);
}
