/**
 * Reported statements around one cue (PARC / PolNeAR attribution relations):
 *  - content right: "Putin said (that) Russia did not want war", "told reporters that …";
 *  - content left: "Russia did not want war, Putin said" / "…, said Lavrov";
 *  - "according to X, …" and "…, according to X";
 *  - participles: "Zakharova mocked the US, saying …" (the speaker is the main clause subject).
 * Passive ("it was reported") and modal ("would portray") cues have no speaker and are skipped,
 * as the dev gold and the PolNeAR guidelines exclude them.
 */
import type { Candidate, CueHit, SentenceView } from './candidate.ts';
import { contentEnd, skipAddressee, skipPrepositions, startsClause } from './clause-bounds.ts';
import { classifyContent } from './propose-mixed.ts';
import { clauseSubject, mainClauseAfter, subjectLeftOf, subjectRightOf, type SpeakerPhrase } from './noun-phrase.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { NON_SPEAKERS, PASSIVE_OR_MODAL } from './patterns.ts';
import { INFINITIVE_CUES } from './cue-lexicon.ts';
import { isQuoteToken } from './tokens.ts';

/** A content shorter than this many characters is a fragment, not a statement. */
export const MIN_CONTENT_CHARS = 8;
/** "In addition, according to X, …": up to this many tokens before the cue are an adverbial, not content. */
export const MAX_ADVERBIAL_BEFORE_ACCORDING = 3;

export function proposeIndirect(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate | null {
  if (quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) return null; // speech inside a quotation
  if (cue.record === null) return accordingTo(text, s, cue, quotes);
  if (isPassiveOrModal(s, cue)) return null;
  const { tokens } = s;
  const participle = isParticiple(s, cue);
  const found = participle ? clauseSubject(tokens, 0, cue.first) : subjectLeftOf(tokens, cue.first, 0);
  let left = found !== null && NON_SPEAKERS.has(text.slice(found.start, found.end).toLowerCase()) ? null : found;
  let limit = s.end;
  if (left === null && participle) {
    const main = mainClauseAfter(tokens, cue.last);
    if (main !== null) ({ speaker: left, comma: limit } = main);
  }
  const right = contentRight(text, s, cue, quotes, left, participle, limit);
  if (right !== null) return right;
  return contentLeft(text, s, cue, quotes, left);
}

/** "…, saying that …" / "adopted resolutions calling on …": the speaker is the main clause subject. */
export function isParticiple(s: SentenceView, cue: CueHit): boolean {
  if (!/ing$/u.test(cue.text.split(' ')[0] ?? '')) return false;
  let k = cue.first - 1;
  while (k > 0 && /ADV|PART/u.test(s.tokens[k]?.pos ?? '')) k--; // "is not showing", "was also saying"
  const before = s.tokens[k];
  if (before === undefined || before.pos === 'AUX' || /^(is|are|was|were|been|be|am)$/u.test(before.lower)) return false;
  // "anything threatening that …": a reduced relative clause, no one is reported.
  return !/^(anything|something|nothing|everything|those|one)$/u.test(before.lower);
}

function isPassiveOrModal(s: SentenceView, cue: CueHit): boolean {
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 3); k--) {
    const t = s.tokens[k];
    if (t === undefined || !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return false;
    if (PASSIVE_OR_MODAL.has(t.lower) && !(cue.text.endsWith('ing') && /^(is|are|was|were|been)$/u.test(t.lower))) return true;
  }
  return false;
}

function contentRight(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  speaker: SpeakerPhrase | null,
  participle: boolean,
  limit: number,
): Candidate | null {
  if (speaker === null || cue.record === null) return null;
  const { tokens } = s;
  let i = cue.last + 1;
  const that = distantThat(tokens, i);
  if (that >= 0 && cue.record.kind !== 'urge') i = that;
  else {
    if (cue.record.kind === 'tell') i = skipAddressee(tokens, i);
    if (cue.record.kind !== 'urge') i = skipPrepositions(tokens, i);
  }
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'that') i++;
  const t = tokens[i];
  if (t === undefined) return null;
  let rule = 'quotes/indirect-that';
  if (t.lower === 'that' && tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) i++;
  else if (cue.record.id === 'cite' && /NOUN|PROPN|DET|ADJ|NUM|PRON/u.test(t.pos)) rule = 'quotes/indirect-citing';
  else if (INFINITIVE_CUES.has(cue.record.id) && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB') rule = 'quotes/indirect-infinitive';
  else if (cue.record.id === 'show' && EVIDENCE.test(text.slice(speaker.start, speaker.end)) && startsClause(tokens, i, tokens.length))
    rule = 'quotes/indirect-evidence';
  else if (cue.record.thatOnly) return null;
  else if (cue.record.kind === 'urge') {
    if (!tokens.slice(i, i + 8).some((x) => x.lower === 'to')) return null;
    rule = 'quotes/indirect-urge';
  } else if (startsClause(tokens, i, tokens.length)) rule = 'quotes/indirect-bare';
  else return null;
  const first = tokens[i];
  if (first === undefined || (isQuoteToken(first) && startsDirect(quotes, first.start))) return null; // a direct quote
  const start = first.start;
  const firstComma = rule === 'quotes/indirect-urge' ? tokens.slice(i).find((x) => x.text === ',' || x.text === ';') : undefined;
  const end = cutTrailingAttribution(text, start, contentEnd(text, start, Math.min(limit, firstComma?.start ?? s.end)));
  if (end - start < MIN_CONTENT_CHARS) return null;
  const shape = classifyContent(text, start, end, quotes);
  return {
    ...shape,
    cue: { start: cue.start, end: cue.end, text: cue.text },
    speaker,
    speakerFromPrevious: false,
    rule: participle ? `${rule}-participle` : rule,
    confidence: rule === 'quotes/indirect-bare' ? 0.7 : 0.8,
    sentence: s.index,
  };
}

/** "Russia did not want war, Putin said." and "…, said Lavrov." at the end of a sentence. */
function contentLeft(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  leftSpeaker: SpeakerPhrase | null,
): Candidate | null {
  const { tokens } = s;
  let speaker = leftSpeaker;
  let boundary = -1;
  if (speaker !== null) {
    const k = tokens.findIndex((x) => x.start === speaker?.start);
    if (tokens[k - 1]?.text === ',') boundary = k - 1;
  }
  if (speaker === null && tokens[cue.first - 1]?.text === ',') {
    speaker = subjectRightOf(tokens, cue.last, tokens.length);
    boundary = cue.first - 1;
  }
  if (speaker === null || boundary < 1) return null;
  // Only the tail of the sentence may follow: a time, a place, "in a statement", a participle.
  const after = skipPrepositions(tokens, tokenAfter(tokens, Math.max(cue.end, speaker.end)));
  const rest = tokens[after];
  if (rest !== undefined && !/^[.!?,;]$/u.test(rest.text) && !isQuoteToken(rest)) return null;
  const comma = tokens[boundary];
  const before = tokens[boundary - 1];
  if (comma === undefined || before === undefined) return null;
  if (isQuoteToken(before) && quotes.some((q) => q.close === before.start)) return null; // direct: “…,” he said
  const start = firstContentStart(text, s.start, comma.start);
  const end = contentEnd(text, start, comma.start);
  if (end - start < MIN_CONTENT_CHARS) return null;
  const shape = classifyContent(text, start, end, quotes);
  return {
    ...shape,
    cue: { start: cue.start, end: cue.end, text: cue.text },
    speaker,
    speakerFromPrevious: false,
    rule: 'quotes/indirect-content-first',
    confidence: 0.75,
    sentence: s.index,
  };
}

function accordingTo(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate | null {
  const { tokens } = s;
  const speaker = subjectRightOf(tokens, cue.last, tokens.length);
  if (speaker === null) return null;
  const afterSpeaker = tokenAfter(tokens, speaker.appositive?.end ?? speaker.end);
  let start: number;
  let end: number;
  if (cue.first === 0 || (tokens[cue.first - 1]?.text === ',' && cue.first <= MAX_ADVERBIAL_BEFORE_ACCORDING + 1)) {
    const comma = tokens[afterSpeaker];
    if (comma?.text !== ',') return null;
    start = tokens[afterSpeaker + 1]?.start ?? s.end;
    end = contentEnd(text, start, s.end);
  } else {
    start = firstContentStart(text, s.start, cue.start);
    end = contentEnd(text, start, cue.start);
  }
  if (end - start < MIN_CONTENT_CHARS) return null;
  return {
    ...classifyContent(text, start, end, quotes),
    cue: { start: cue.start, end: cue.end, text: cue.text },
    speaker,
    speakerFromPrevious: false,
    rule: 'quotes/according-to',
    confidence: 0.8,
    sentence: s.index,
  };
}

/** Tokens that may separate a cue from its "that": "told a crowd of supporters in Iowa on Monday that". */
export const MAX_TOKENS_TO_THAT = 12;

/** Index of a complementiser "that" within reach of the cue with only nominal words between, else -1. */
function distantThat(tokens: SentenceView['tokens'], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_TOKENS_TO_THAT); k++) {
    const t = tokens[k];
    if (t === undefined || t.pos === 'VERB' || t.pos === 'AUX' || isQuoteToken(t) || /^[.;:!?]$/u.test(t.text)) return -1;
    if (t.lower === 'that' && k > from) return tokens.slice(k + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? k : -1;
  }
  return -1;
}

/** Cuts ", he said" / ", according to X" off the end of a content that runs to the sentence end. */
function cutTrailingAttribution(text: string, start: number, end: number): number {
  const part = text.slice(start, end);
  const tail = /,\s+(?:according to\b|(?:he|she|they|it)\s+(?:said|says|added)\b)[^,]*$/u.exec(part);
  // A contrasting clause is the author's, not the speaker's: "…, but Cook did not say when" (PolNeAR).
  const contrast = CONTRAST.exec(part);
  const cut = Math.min(tail?.index ?? Infinity, contrast === null || contrast.index < MIN_CONTENT_CHARS ? Infinity : contrast.index);
  return cut === Infinity ? end : contentEnd(text, start, start + cut);
}

/** Subjects whose "show" reports a finding: "New polls released Sunday showed Clinton taking a lead". */
const EVIDENCE = /\b(?:polls?|surveys?|records?|data|results|figures|documents|emails|reports|studies|study|analysis|images)\b/iu;

const CONTRAST = /;|,\s+(?:but|while|whereas|although|though|however|yet)\b/u;

function startsDirect(quotes: readonly QuotedSpan[], offset: number): boolean {
  return quotes.some((q) => q.open === offset);
}

function tokenAfter(tokens: SentenceView['tokens'], offset: number): number {
  const k = tokens.findIndex((x) => x.start >= offset);
  return k < 0 ? tokens.length : k;
}

function firstContentStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s—–-]/u.test(text[i] ?? '')) i++;
  return i;
}
