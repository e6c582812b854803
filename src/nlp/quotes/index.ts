/**
 * Quotation extraction and speaker attribution: who said what, direct, reported and mixed.
 *
 *   1. pair quotation marks into quoted spans (quote-marks.ts);
 *   2. tag the sentences that can hold a quote and find their cues (tokens.ts, find-cues.ts);
 *   3. propose reported statements per cue and direct quotes per quoted span (propose-*.ts);
 *      a quoted paragraph with no cue continues the previous speaker ("floating" quotes);
 *   4. refine (refine-candidates.ts), then resolve each speaker (attribute-speaker.ts).
 */
import type { Actor, ActorRef, Quote, Sentence, TimeExpression } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';
import { attributeSpeaker } from './attribute-speaker.ts';
import type { Candidate, CueHit, SentenceView } from './candidate.ts';
import { CUE_BY_FORM } from './cue-lexicon.ts';
import { findCues } from './find-cues.ts';
import { splitJointSpeakers } from './joint-speakers.ts';
import { proposeDirect } from './propose-direct.ts';
import { proposeHeadline } from './propose-headline.ts';
import { proposeIndirect } from './propose-indirect.ts';
import { IN_SOURCE_SENTENCE, proposeInSource } from './propose-in-source.ts';
import { NOMINAL_SENTENCE, proposeNominal } from './propose-nominal.ts';
import { doubledApostrophesAsMarks, inOriginalWords } from './doubled-apostrophes.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';
import { refineCandidates } from './refine-candidates.ts';
import { collectPersons, withSpeakerNames } from './resolve-pronouns.ts';
import { nameSpeaker } from './speaker-name.ts';
import { sentenceDate } from './sentence-date.ts';
import { tagRange } from './tokens.ts';

export interface QuoteOptions {
  readonly actors?: readonly Actor[];
  readonly times?: readonly TimeExpression[];
}

/** A floating quote needs at least this many words; shorter cue-less quotations are scare quotes. */
export const MIN_FLOATING_WORDS = 5;
/** A floating quote borrows a speaker from at most this many paragraphs back. */
export const FLOATING_PARAGRAPH_REACH = 2;

/**
 * Which sentences are worth tagging (wink's tagger is most of this stage's cost): those with a cue
 * that can fire. Quotation marks alone need no tags (a quotation binds to a cue in its sentence, or
 * floats); a colon matters at a paragraph start ("Lavrov: …") or before a quotation mark.
 */
const formsWhere = (keep: (thatOnly: boolean) => boolean): string =>
  [...CUE_BY_FORM.entries()]
    .filter(([, record]) => keep(record.thatOnly && record.kind !== 'cognition'))
    .map(([form]) => form.replace(/ /gu, '\\s+'))
    .join('|');
const ANY_CLAUSE_CUE = new RegExp(`\\b(?:according|${formsWhere((thatOnly) => !thatOnly)})\\b`);
const THAT_CUE = new RegExp(`\\b(?:${formsWhere((thatOnly) => thatOnly)})\\b`);
/** A that-only cue fires with "that", next to a quotation ("he continued"), or as "polls show" / "a poll found". */
const THAT_CUE_CONTEXT = /\bthat\b|["“”‘«»]|\bshow|\b(?:polls?|polling|surveys?|records|data|documents|filings|study)\b/u;
const COLON_QUOTE = /:\s*["“‘«]/u;

function mayHoldQuote(sentence: string, opensParagraph: boolean): boolean {
  const lower = sentence.toLowerCase();
  if (ANY_CLAUSE_CUE.test(lower) || COLON_QUOTE.test(sentence) || IN_SOURCE_SENTENCE.test(sentence) || NOMINAL_SENTENCE.test(sentence))
    return true;
  if (THAT_CUE.test(lower) && THAT_CUE_CONTEXT.test(lower)) return true;
  const colon = sentence.indexOf(':');
  return opensParagraph && colon > 0 && colon < 60;
}

export function extractQuotes(original: string, sentences: readonly Sentence[], options: QuoteOptions = {}): Quote[] {
  // The rules read '' as a double mark; quotes still carry the article's own words.
  const text = doubledApostrophesAsMarks(original);
  const paragraphs = paragraphSpans(sentences);
  const quoted = findQuotedSpans(
    text,
    paragraphs.map((p) => p.span),
  );
  const views = tagSentences(text, sentences);
  const cues = new Map<number, CueHit[]>();
  const candidates: Candidate[] = [];
  for (const view of views) {
    if (view === undefined) continue;
    const headline = proposeHeadline(text, view, sentences[view.index - 1]?.paragraph !== view.paragraph, quoted);
    if (headline !== null) candidates.push(headline);
    const hits = findCues(view);
    cues.set(view.index, hits);
    const inSource = proposeInSource(text, view, hits, quoted);
    if (inSource !== null) candidates.push(inSource);
    candidates.push(...proposeNominal(text, view, quoted));
    for (const hit of hits) {
      candidates.push(...proposeIndirect(text, view, hit, quoted));
    }
  }
  const bound = new Set<QuotedSpan>();
  for (const q of quoted) {
    const openIndex = sentenceIndexAt(sentences, q.open);
    const closeIndex = sentenceIndexAt(sentences, q.close);
    const after = splitAtOwnMark(text, q, sentences, closeIndex) ? views[closeIndex + 1] : undefined;
    const c = proposeDirect(q, views[openIndex], views[closeIndex], views[openIndex - 1], cues, after);
    if (c === null) continue;
    candidates.push(c);
    bound.add(q);
  }
  candidates.push(...floating(text, quoted, bound, candidates, paragraphs, sentences));
  const refined = refineCandidates(text, candidates);
  const quotes = resolve(text, refined, quoted, sentences, options);
  return text === original ? quotes : quotes.map((q) => inOriginalWords(original, q));
}

function resolve(
  text: string,
  refined: readonly Candidate[],
  quoted: readonly QuotedSpan[],
  sentences: readonly Sentence[],
  options: QuoteOptions,
): Quote[] {
  const named = refined.flatMap((c) => {
    // The interviewer of "Asked by X whether …, she said" is not who a later "she" refers to.
    if (c.speaker === null || c.rule === 'quotes/indirect-asked-by') return [];
    const n = nameSpeaker(text, c.speaker, c.speaker.appositive);
    return n.pronoun === null && !n.description ? [{ ...n.span, name: n.name, titles: n.titles, gender: n.gender }] : [];
  });
  const ctx = { text, actors: options.actors ?? [], persons: withSpeakerNames(collectPersons(text, quoted), named) };
  const out: Quote[] = [];
  let previous: ActorRef | null = null;
  for (const c of refined.flatMap((r) => splitJointSpeakers(text, r))) {
    const pair = c.speaker === null ? [] : theTwo(text, c.speaker, out);
    if (pair.length === 2) {
      // "The two called on …": the two people named last, one quote each (dev gold convention).
      for (const name of pair)
        out.push(
          toQuote(
            text,
            c,
            { actorId: null, name, country: null, span: { start: c.speaker?.start ?? 0, end: c.speaker?.end ?? 0 } },
            sentences,
            options,
          ),
        );
      continue;
    }
    const speaker = attributeSpeaker(ctx, c, previous);
    if (speaker !== null) previous = speaker;
    out.push(toQuote(text, c, speaker, sentences, options));
  }
  return out;
}

/** The two most recent distinct named speakers before a "the two (leaders)" speaker, else []. */
function theTwo(text: string, phrase: Span, earlier: readonly Quote[]): string[] {
  if (!/^the two\b/iu.test(text.slice(phrase.start, phrase.end))) return [];
  const names: string[] = [];
  for (let i = earlier.length - 1; i >= 0 && names.length < 2; i--) {
    const name = earlier[i]?.speaker?.name;
    if (name !== undefined && /^\p{Lu}\S* \p{Lu}/u.test(name) && !names.includes(name)) names.push(name);
  }
  return names.length === 2 ? names.reverse() : [];
}

function toQuote(text: string, c: Candidate, speaker: ActorRef | null, sentences: readonly Sentence[], options: QuoteOptions): Quote {
  const sentence = sentences[c.sentence];
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    kind: c.kind,
    cue: c.cue === null ? null : { start: c.cue.start, end: c.cue.end, text: text.slice(c.cue.start, c.cue.end) },
    speaker,
    date: sentence === undefined ? null : sentenceDate(options.times ?? [], sentence),
    rule: c.rule,
    confidence: speaker === null ? Math.min(c.confidence, 0.4) : c.confidence,
  };
}

/**
 * "“Can we win?” he asked.": the splitter ends a sentence at a question or exclamation mark inside
 * the quotation, so the cue opens the next sentence of the same paragraph.
 */
function splitAtOwnMark(text: string, q: QuotedSpan, sentences: readonly Sentence[], closeIndex: number): boolean {
  const here = sentences[closeIndex];
  const next = sentences[closeIndex + 1];
  if (!q.closed || here === undefined || next === undefined || next.paragraph !== here.paragraph) return false;
  return here.end <= q.close + 1 && /[?!]\s*$/u.test(text.slice(q.start, q.close));
}

/** Quoted paragraphs with no cue of their own take the speaker of the quote before them. */
function floating(
  text: string,
  quoted: readonly QuotedSpan[],
  bound: ReadonlySet<QuotedSpan>,
  candidates: readonly Candidate[],
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Candidate[] {
  const out: Candidate[] = [];
  const anchors = [...candidates].sort((a, b) => a.start - b.start);
  let anchorAt = 0;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p] as const));
  for (const q of quoted) {
    if (bound.has(q)) continue;
    while (anchorAt < anchors.length && (anchors[anchorAt]?.start ?? Infinity) < q.start) anchorAt++;
    const fromAnchors = anchors[anchorAt - 1];
    const lastOut = out[out.length - 1];
    const latest = lastOut !== undefined && (fromAnchors === undefined || lastOut.start > fromAnchors.start) ? lastOut : fromAnchors;
    // "“…,” she said, describing how …. “…”": a report in the quotation's own sentence does not
    // break the speaker's run; the quotation continues the direct quote of that sentence.
    const before =
      latest !== undefined && latest.kind !== 'direct'
        ? (anchors.slice(0, anchorAt).findLast((c) => c.kind === 'direct' && c.sentence === latest.sentence && c.end <= q.open) ?? latest)
        : latest;
    const para = byIndex.get(q.paragraph);
    const startsParagraph = para !== undefined && /^\s*$/u.test(text.slice(para.span.start, q.open));
    const words = (text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
    const startsSentence = /[.!?]["”’»]?\s*$/u.test(text.slice(Math.max(0, q.open - 3), q.open));
    const afterDirect =
      before !== undefined &&
      // A mixed quote ending in a quotation before its cue ("He had “…,” Vos said.") is followed like a direct one.
      (before.kind === 'direct' || before.rule === 'quotes/mixed-cue-after') &&
      before.end <= q.open &&
      (sentences[before.sentence]?.paragraph ?? -1) === q.paragraph;
    // "“The risk,” said Karl Vos, an economist at the institute, “is that …”": the quotation resumes
    // after its cue and the speaker's apposition, too far from the cue for propose-direct.ts.
    const resumes = afterDirect && before.sentence === sentenceIndexAt(sentences, q.open) && resumesAfterCue(text, before, q);
    if (!(q.continues || (startsParagraph && words >= MIN_FLOATING_WORDS) || ((startsSentence || resumes) && afterDirect))) continue;
    const beforeParagraph = before === undefined ? -1 : (sentences[before.sentence]?.paragraph ?? -1);
    if (before === undefined || q.paragraph - beforeParagraph > FLOATING_PARAGRAPH_REACH) continue;
    out.push({
      start: q.start,
      end: q.end,
      kind: 'direct',
      // The cue that introduced the speaker's words: PolNeAR joins such paragraphs to one attribution.
      cue: before.cue,
      // A resumed quotation names its speaker in its own sentence: the opener may be dropped
      // (refine-candidates.ts), so the speaker is not borrowed from the quote before.
      speaker: resumes ? before.speaker : null,
      speakerFromPrevious: !resumes,
      rule: q.continues ? 'quotes/direct-continued' : 'quotes/direct-floating',
      confidence: q.continues ? 0.75 : 0.6,
      sentence: sentenceIndexAt(sentences, q.open),
    });
  }
  return out;
}

/** True when only the cue of `before` and its speaker, ending with a comma, stand between `before` and `q`. */
function resumesAfterCue(text: string, before: Candidate, q: QuotedSpan): boolean {
  const cue = before.cue;
  if (cue === null || before.speakerFromPrevious || cue.start < before.end || cue.end > q.open) return false;
  const gap = text.slice(before.end, q.open);
  return (
    /,\s*$/u.test(gap) &&
    !/["“”‘’«».!?;:]/u.test(gap.slice(1, -1).replace(/\b\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen)\./gu, ''))
  );
}

interface Paragraph {
  readonly index: number;
  readonly span: Span;
}

/**
 * Tags the sentences that may hold a quote. Runs of such sentences in one paragraph go to wink in
 * one call (its per-call cost is high); tokens are then handed back to their sentences.
 */
function tagSentences(text: string, sentences: readonly Sentence[]): (SentenceView | undefined)[] {
  const views: (SentenceView | undefined)[] = new Array<SentenceView | undefined>(sentences.length);
  // Decided once per sentence: the sentence that ends a run is the next run's candidate start.
  const worth = sentences.map((s, k) => mayHoldQuote(text.slice(s.start, s.end), sentences[k - 1]?.paragraph !== s.paragraph));
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i];
    if (first === undefined || worth[i] !== true) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sentences.length && sentences[j]?.paragraph === first.paragraph && worth[j] === true) j++;
    const tokens = tagRange(text, first.start, sentences[j - 1]?.end ?? first.end);
    let t = 0;
    for (let k = i; k < j; k++) {
      const s = sentences[k];
      if (s === undefined) continue;
      const own = [];
      while (t < tokens.length && (tokens[t]?.start ?? 0) < s.end) {
        const token = tokens[t++];
        if (token !== undefined && token.start >= s.start) own.push(token);
      }
      views[k] = { start: s.start, end: s.end, index: k, paragraph: s.paragraph, tokens: own };
    }
    i = j;
  }
  return views;
}

/** Paragraph extents rebuilt from the sentences (first sentence start to last sentence end). */
function paragraphSpans(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && last.index === s.paragraph)
      out[out.length - 1] = { index: s.paragraph, span: { start: last.span.start, end: s.end } };
    else out.push({ index: s.paragraph, span: { start: s.start, end: s.end } });
  }
  return out;
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
