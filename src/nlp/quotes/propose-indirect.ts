/**
 * Reported statements around one cue (PARC / PolNeAR attribution relations):
 *  - content right: "Putin said (that) Russia did not want war", "told reporters that …";
 *  - content left: "Russia did not want war, Putin said" / "…, said Lavrov";
 *  - "according to X, …" and "…, according to X" (propose-according.ts);
 *  - participles: "Zakharova mocked the US, saying …" (the speaker is the main clause subject).
 * Passive ("it was reported") and modal ("would portray") cues have no speaker and are skipped,
 * as the dev gold and the PolNeAR guidelines exclude them.
 */
import { spokenCandidate, type Candidate, type CueHit, type SentenceView } from './candidate.ts';
import {
  commaStop,
  contentEnd,
  firstContentStart,
  MIN_CONTENT_CHARS,
  skipAddressee,
  skipPrepositions,
  startsClause,
  startsLateClause,
  tokenAfter,
  verbAfter,
} from './clause-bounds.ts';
import { accordingTo } from './propose-according.ts';
import { classifyContent } from './propose-mixed.ts';
import { clauseSubject, mainClauseAfter, subjectLeftOf, subjectRightOf, type SpeakerPhrase } from './noun-phrase.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { NON_SPEAKERS, PASSIVE_OR_MODAL } from './patterns.ts';
import { CUE_BY_FORM, INFINITIVE_CUES, NOMINAL_CUES, NOUN_OBJECT_CUES } from './cue-lexicon.ts';
import { MIN_STANCE_CONTENT_CHARS, proposeStance } from './propose-stance.ts';
import { isQuoteToken } from './tokens.ts';

export function proposeIndirect(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate[] {
  const c = proposeOne(text, s, cue, quotes);
  if (c === null) return [];
  const tail = c.rule === 'quotes/indirect-content-first' ? medialTail(text, s, c, quotes) : null;
  return tail === null ? [c] : [c, tail];
}

function proposeOne(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate | null {
  if (quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) return null; // speech inside a quotation
  if (cue.record === null) return accordingTo(text, s, cue, quotes);
  if (cue.record.id === 'ask' && s.tokens[cue.last + 1]?.lower === 'by') return askedBy(text, s, cue, quotes);
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
  if (cue.record.kind === 'stance' || cue.record.kind === 'intent') return proposeStance(text, s, cue, quotes, left, limit);
  const right = contentRight(text, s, cue, quotes, left, participle, limit);
  if (right !== null) return right;
  return contentLeft(text, s, cue, quotes, left) ?? asClause(text, s, cue, quotes, left);
}

/**
 * "As the Post reported, X …" / "X …, as the Post noted.": an "as" clause with a verb of saying
 * attributes the rest of the sentence (before or after the clause's comma) to its subject.
 */
function asClause(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  speaker: SpeakerPhrase | null,
): Candidate | null {
  if (speaker === null || cue.record?.kind !== 'speech') return null;
  const { tokens } = s;
  const first = tokens.findIndex((x) => x.start === speaker.start);
  const as = tokens[first - 1];
  if (as?.lower !== 'as') return null;
  const after = skipPrepositions(tokens, cue.last + 1);
  let start: number;
  let end: number;
  if (first - 1 === firstWord(tokens) && tokens[after]?.text === ',') {
    start = tokens[after + 1]?.start ?? s.end;
    end = cutTrailingAttribution(text, start, contentEnd(text, start, s.end));
  } else if (tokens[first - 2]?.text === ',' && /^[.!?]$/u.test(tokens[after]?.text ?? '.')) {
    start = firstContentStart(text, s.start, tokens[first - 2]?.start ?? s.start);
    end = contentEnd(text, start, tokens[first - 2]?.start ?? s.start);
  } else return null;
  if (end - start < MIN_CONTENT_CHARS) return null;
  return spokenCandidate(classifyContent(text, start, end, quotes), cue, speaker, 'quotes/indirect-as-clause', 0.7, s.index);
}

/** Index of the first token with a letter (past an opening quotation mark or a dash). */
function firstWord(tokens: SentenceView['tokens']): number {
  return tokens.findIndex((x) => /\p{L}/u.test(x.text));
}

/** "…, saying that …" / "adopted resolutions calling on …": the speaker is the main clause subject. */
export function isParticiple(s: SentenceView, cue: CueHit): boolean {
  if (!/ing$/u.test(cue.text.split(' ')[0] ?? '')) return false;
  let k = cue.first - 1;
  while (k > 0 && /ADV|PART/u.test(s.tokens[k]?.pos ?? '')) k--; // "is not showing", "was also saying"
  const before = s.tokens[k];
  if (before === undefined || before.pos === 'AUX' || /^(is|are|was|were|been|be|am)$/u.test(before.lower)) return false;
  // "risk acknowledging his failures": a gerund object of another verb, not a participle clause.
  if (before.pos === 'VERB') return false;
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
  if (cue.record.id === 'ask') {
    const asked = askedAboutOrFor(text, s, cue, quotes, speaker, i);
    if (asked !== null) return asked;
  }
  const that = distantThat(tokens, i);
  if (that >= 0 && cue.record.kind !== 'urge') i = that;
  else {
    if (cue.record.kind === 'tell' || (cue.record.id === 'ask' && askedWhom(tokens, i))) i = skipAddressee(tokens, i);
    if (cue.record.kind !== 'urge') i = skipPrepositions(tokens, i);
  }
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'that') i++;
  // "She said, if elected, she would …": a conditional between commas opens the content.
  else if (i === cue.last + 1 && tokens[i]?.text === ',' && /^(?:if|once|unless)$/u.test(tokens[i + 1]?.lower ?? '')) i++;
  const t = tokens[i];
  if (t === undefined) return null;
  let rule = 'quotes/indirect-that';
  // "polls show …", "records found …": a finding reported by a document, not a person.
  const evidence = (cue.record.id === 'show' || cue.record.id === 'find') && EVIDENCE.test(text.slice(speaker.start, speaker.end));
  // Not "said that’s what he expected": there "that" is the subject of the content.
  const afterThat = t.lower === 'that' && !/^['’]s$/u.test(tokens[i + 1]?.text ?? '') && verbAfter(tokens, i);
  if (afterThat) {
    i++;
    if (tokens[i]?.text === ',') i++; // "said that, in retrospect, …": the content starts after the comma
  } else if (cue.record.id === 'cite' && /NOUN|PROPN|DET|ADJ|NUM|PRON/u.test(t.pos)) rule = 'quotes/indirect-citing';
  else if (INFINITIVE_CUES.has(cue.record.id) && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB') rule = 'quotes/indirect-infinitive';
  else if (evidence && cue.record.id === 'show' && startsClause(tokens, i, tokens.length)) rule = 'quotes/indirect-evidence';
  // "A CNN poll showed Sanders leading", "records found a donation": a finding as a noun phrase.
  else if (evidence && nounObject(tokens, i)) rule = 'quotes/indirect-object';
  else if (NOUN_OBJECT_CUES.has(cue.record.id) && nounObject(tokens, i) && !startsClause(tokens, i, tokens.length))
    rule = 'quotes/indirect-object';
  else if (cue.record.thatOnly && !(cue.record.kind === 'cognition' && heldBelief(text, s, speaker))) return null;
  else if (cue.record.kind === 'urge') {
    if (!tokens.slice(i, i + 8).some((x) => x.lower === 'to')) return null;
    rule = 'quotes/indirect-urge';
  } else if (startsClause(tokens, isQuoteToken(t) && openingFragment(text, quotes, t.start, s.end) ? i + 1 : i, tokens.length))
    rule = 'quotes/indirect-bare';
  else if (LATE_CLAUSE_CUES.has(cue.record.id) && startsLateClause(tokens, i, tokens.length)) rule = 'quotes/indirect-bare';
  else return null;
  const first = tokens[i];
  // A quotation right after the cue is a direct quote (propose-direct.ts); after "that" it is this
  // report's content: "said that “as a nation, we have to do better.”".
  if (
    first === undefined ||
    (isQuoteToken(first) && startsDirect(quotes, first.start) && !afterThat && !openingFragment(text, quotes, first.start, s.end))
  )
    return null;
  const start = first.start;
  const toComma = rule === 'quotes/indirect-urge' || rule === 'quotes/indirect-object';
  const stop = toComma ? commaStop(text, tokens, i, s.end) : s.end;
  const end = cutTrailingAttribution(text, start, contentEnd(text, start, Math.min(limit, stop, subordinateEnd(s, speaker, i))));
  if (end - start < (rule === 'quotes/indirect-object' ? MIN_STANCE_CONTENT_CHARS : MIN_CONTENT_CHARS)) return null;
  const shape = classifyContent(text, start, end, quotes);
  return spokenCandidate(
    shape,
    cue,
    speaker,
    participle ? `${rule}-participle` : rule,
    rule === 'quotes/indirect-bare' ? 0.7 : 0.8,
    s.index,
  );
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
    speaker = subjectRightOf(tokens, cue.last, tokens.length, true);
    boundary = cue.first - 1;
  }
  if (speaker === null || boundary < 1) return null;
  // Only the tail of the sentence may follow: a time, a place, "in a statement", a participle.
  let after = tokenAfter(tokens, Math.max(cue.end, speaker.end));
  // "…, a spokesman told The Wall Street Journal.": the addressee of "told" is part of the tail.
  // "…, Vos wrote Ostrov." / "…, Vos emailed staff.": a written message's addressee too.
  if ((cue.record?.kind === 'tell' || cue.record?.id === 'write' || cue.record?.id === 'email') && speaker.end <= cue.start)
    after = skipAddressee(tokens, after);
  after = skipPrepositions(tokens, after);
  const rest = tokens[after];
  if (rest !== undefined && !/^[.!?,;]$/u.test(rest.text) && !isQuoteToken(rest)) return null;
  const comma = tokens[boundary];
  const before = tokens[boundary - 1];
  if (comma === undefined || before === undefined) return null;
  if (isQuoteToken(before) && quotes.some((q) => q.close === before.start)) return null; // direct: “…,” he said
  const start = skipDiscourseOpener(text, firstContentStart(text, s.start, comma.start), comma.start);
  const end = contentEnd(text, start, comma.start);
  const c: Candidate = spokenCandidate(
    classifyContent(text, start, end, quotes),
    cue,
    speaker,
    'quotes/indirect-content-first',
    0.75,
    s.index,
  );
  // "Still, he said, officials have to decide …": only an opener before the cue; the statement is
  // the part after it (medialTail).
  if (end - start < MIN_CONTENT_CHARS) return medialTail(text, s, c, quotes);
  return c;
}

/**
 * "Still," or "In fact," opening a content that comes before its cue is the narrator's link to the
 * previous sentence, not the speaker's words (PolNeAR leaves it out). Not a bare "But" or "And":
 * PolNeAR keeps those more often than not.
 */
function skipDiscourseOpener(text: string, start: number, limit: number): number {
  const m = DISCOURSE_OPENER.exec(text.slice(start, limit));
  return m === null ? start : start + m[0].length;
}

const DISCOURSE_OPENER = /^(?:still|however|indeed|in fact|of course|instead|meanwhile),\s+(?=\S)/iu;

/**
 * "In his state, he said, offenders are sent to treatment": a cue in the middle of the sentence
 * splits one statement in two; the part after the cue's closing comma is the same quote's second
 * fragment (PolNeAR: one attribution with a discontinuous content).
 */
function medialTail(text: string, s: SentenceView, first: Candidate, quotes: readonly QuotedSpan[]): Candidate | null {
  const { tokens } = s;
  const anchor = Math.max(first.cue?.end ?? 0, first.speaker?.end ?? 0);
  let k = tokenAfter(tokens, anchor);
  if (first.cue !== null && /^(?:told|tells|telling)$/iu.test(first.cue.text)) k = skipAddressee(tokens, k);
  k = skipPrepositions(tokens, k);
  if (tokens[k]?.text !== ',' || tokens[k + 1] === undefined || isQuoteToken(tokens[k + 1])) return null;
  const start = tokens[k + 1]?.start ?? s.end;
  const end = cutTrailingAttribution(text, start, contentEnd(text, start, s.end));
  // The rest is a clause, or the predicate of a subject split by the cue ("The good news, he said, is …").
  const predicate = /AUX|VERB/u.test(tokens[k + 1]?.pos ?? '') && !(tokens[k + 1]?.lower ?? '').endsWith('ing');
  // "… standing in the way, he said, by creating a bubble …" / "It was impossible, he said, so …":
  // the rest of the sentence goes on with the speaker's words (PolNeAR joins both parts), unless a
  // participle ("…, he said, adding …": its own report) or a time clause ("…, he said, as the crowd
  // cheered": the narrator's) follows.
  const goesOn = /ADP|SCONJ|CCONJ|ADV/u.test(tokens[k + 1]?.pos ?? '') && !NARRATORS_TAIL.test(tokens[k + 1]?.lower ?? '');
  if (end - start < MIN_CONTENT_CHARS || !(startsClause(tokens, k + 1, tokens.length) || predicate || goesOn)) return null;
  return { ...first, ...classifyContent(text, start, end, quotes), rule: 'quotes/indirect-medial' };
}

/**
 * "Rubio thinks Biden was effective": a belief with a bare clause is an attribution when its holder
 * opens the sentence. Not "I think" / "you know" (a hedge in prose and transcripts), and not a
 * belief inside another report ("Trump said he thinks …", which is that report's content).
 */
function heldBelief(text: string, s: SentenceView, speaker: SpeakerPhrase): boolean {
  if (/^(?:i|we|you)$/iu.test(text.slice(speaker.start, speaker.end))) return false;
  return !s.tokens.some((x) => x.end <= speaker.start && /VERB|AUX/u.test(x.pos) && CUE_BY_FORM.has(x.lower));
}

/**
 * "While he said that journalists cannot take sides, he appears uneasy …": a report inside a
 * sentence-initial subordinate clause ends at the comma before the main clause.
 */
function subordinateEnd(s: SentenceView, speaker: SpeakerPhrase, from: number): number {
  const { tokens } = s;
  const opener = firstWord(tokens);
  if (!/^(?:while|although|though|as|when|because|since|if|after|before|whereas)$/u.test(tokens[opener]?.lower ?? '')) return s.end;
  if ((tokens[opener]?.start ?? Infinity) >= speaker.start) return s.end;
  for (let k = from; k < tokens.length; k++)
    if (tokens[k]?.text === ',' && startsClause(tokens, k + 1, tokens.length)) return tokens[k]?.start ?? s.end;
  return s.end;
}

/** Words that open the content of a question: "asked by the host whether …", "asked him about …". */
const QUESTION_OPENER = /^(?:whether|if|why|how|what|who|when|where|about|to)$/u;

/**
 * "Asked by the host whether she had practised, Vos said …" / "Vos was asked by a reporter about the
 * vote": the agent of a passive "asked" put the question; the content is the question, to the comma.
 */
function askedBy(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate | null {
  const { tokens } = s;
  const speaker = subjectRightOf(tokens, cue.last + 1, tokens.length);
  if (speaker === null) return null;
  const k = skipPrepositions(tokens, tokenAfter(tokens, speaker.end));
  const first = tokens[k];
  if (first === undefined || !QUESTION_OPENER.test(first.lower)) return null;
  if (first.lower === 'to' && tokens[k + 1]?.pos !== 'VERB') return null;
  return question(text, s, cue, quotes, { ...speaker, appositive: null }, k, 'quotes/indirect-asked-by');
}

/** "asked him about the vote" (the content keeps "about") / "asked for a recount" (the content is the object). */
function askedAboutOrFor(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  speaker: SpeakerPhrase,
  from: number,
): Candidate | null {
  const { tokens } = s;
  let k = tokens[from]?.lower === 'about' || tokens[from]?.lower === 'for' ? from : skipAddressee(tokens, from);
  if (k === from && tokens[k]?.lower !== 'about' && tokens[k]?.lower !== 'for') return null;
  const word = tokens[k]?.lower;
  if (word === 'for') k++;
  else if (word !== 'about') return null;
  // "asked for a recount" / "asked about the vote": a noun phrase follows.
  if (!/NOUN|PROPN|DET|ADJ|NUM|PRON/u.test(tokens[word === 'for' ? k : k + 1]?.pos ?? '')) return null;
  return question(text, s, cue, quotes, speaker, k, word === 'for' ? 'quotes/indirect-asked-for' : 'quotes/indirect-asked-about');
}

function question(
  text: string,
  s: SentenceView,
  cue: CueHit,
  quotes: readonly QuotedSpan[],
  speaker: SpeakerPhrase,
  from: number,
  rule: string,
): Candidate | null {
  const start = s.tokens[from]?.start ?? s.end;
  const end = contentEnd(text, start, commaStop(text, s.tokens, from, s.end));
  if (end - start < MIN_CONTENT_CHARS) return null;
  return spokenCandidate(classifyContent(text, start, end, quotes), cue, speaker, rule, 0.7, s.index);
}

/** "asked the senator whether …": "ask" with an addressee before a question or an infinitive. */
function askedWhom(tokens: SentenceView['tokens'], i: number): boolean {
  const next = tokens[skipAddressee(tokens, i)];
  return next !== undefined && next.lower !== 'about' && QUESTION_OPENER.test(next.lower);
}

/** "announced his resignation": a noun phrase with a noun in it ("promised another" has none). */
function nounObject(tokens: SentenceView['tokens'], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  // "showed Ted Cruz ahead": a capitalised word the tagger read as a verb is a name (as in startsClause).
  const name = t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && i > 0;
  if (!(name || /NOUN|PROPN|DET|ADJ|NUM/u.test(t.pos) || /^(?:his|her|its|their|our|my)$/u.test(t.lower))) return false;
  for (let k = i; k < tokens.length && !/^[,;.!?]$/u.test(tokens[k]?.text ?? ''); k++)
    if (/NOUN|PROPN/u.test(tokens[k]?.pos ?? '')) return true;
  return false;
}

/**
 * Plain verbs of saying whose bare object is a clause far more often than a noun ("said the
 * ''old model'' … is in decline"): a late verb is enough (startsLateClause). Not "ask", "announce",
 * "deny" and other verbs with ordinary noun objects, nor the that-only cues.
 */
const LATE_CLAUSE_CUES: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'write', 'argue', 'insist', 'claim', 'explain', 'contend']);

/** Words that open the narrator's tail after a medial cue: "…, he said, as the crowd cheered". */
const NARRATORS_TAIL = /^(?:as|while|before|after|when|during|amid|then|later|earlier|again)$/u;

/** Tokens that may separate a cue from its "that": "told a crowd of supporters in Iowa on Monday that". */
export const MAX_TOKENS_TO_THAT = 12;

/** Index of a complementiser "that" within reach of the cue with only nominal words between, else -1. */
function distantThat(tokens: SentenceView['tokens'], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_TOKENS_TO_THAT); k++) {
    const t = tokens[k];
    if (t === undefined || t.pos === 'VERB' || t.pos === 'AUX' || isQuoteToken(t) || /^[.;:!?]$/u.test(t.text)) return -1;
    // "mocked her claim that …": the clause belongs to the noun of saying (propose-nominal.ts).
    if (t.lower === 'that' && k > from && NOMINAL_CUES.has(tokens[k - 1]?.lower ?? '')) return -1;
    if (t.lower === 'that' && k > from) return verbAfter(tokens, k) ? k : -1;
  }
  return -1;
}

/** Cuts ", he said" / ", according to X" off the end of a content that runs to the sentence end. */
function cutTrailingAttribution(text: string, start: number, end: number): number {
  const part = text.slice(start, end);
  const tail =
    /,\s+(?:according to\b|(?:he|she|they|it)\s+(?:said|says|added)\b)[^,]*$/u.exec(part) ??
    // "…,” said Sylke Tempel, the editor of …": an inverted attribution with its apposition.
    /(?<=,["”’]?)\s+(?:said|says|added|wrote)\s+(?:\p{Lu}|the\s|an?\s)/u.exec(part);
  // A contrasting clause that reports on the speech is the author's, not the speaker's: "…, but Cook
  // did not say when" (PolNeAR). One without a cue of its own is the speaker's: "…, but a judge
  // refused to let them" stays in the content (PolNeAR keeps it).
  const found = CONTRAST.exec(part);
  const contrast = found !== null && (found[0] === ';' || narratorsContrast(part.slice(found.index + found[0].length))) ? found : null;
  const cut = Math.min(
    tail?.index ?? Infinity,
    contrast === null || contrast.index < MIN_CONTENT_CHARS ? Infinity : contrast.index,
    narratorsTail(part),
  );
  return cut === Infinity ? end : contentEnd(text, start, start + cut);
}

/** Subjects whose "show" reports a finding: "New polls released Sunday showed Clinton taking a lead". */
export const EVIDENCE =
  /\b(?:polls?|polling|surveys?|records?|data|results|figures|documents|emails|reports|filings|studies|study|analysis|images|video)\b/iu;

const CONTRAST = /;|,\s+(?:but|while|whereas|although|though|however|yet)\b/u;

/**
 * Where the narrator takes over at the end of a content (an offset into `part`, Infinity if not):
 *  - a second report by the same speaker, "…, saying, “…”" / "… but added, “…”" / "…, and he
 *    said, “…”": its own attribution in PolNeAR, not part of this content;
 *  - a closing comparison (NARRATORS_ASIDE);
 *  - a closing aside after a spaced dash, "… by the plan — a modest boost for …": the narrator's
 *    comment (PolNeAR ends the content at the dash). Not a pair of dashes around an aside inside the
 *    content, nor a dash inside a quotation, nor one before a specifying adverb.
 */
function narratorsTail(part: string): number {
  const found = SAME_SPEAKER_AGAIN.exec(part);
  // "…“was maniacal,” adding, …": the cut keeps the comma and the mark that close the quotation.
  const again = found === null ? null : { index: found.index + (/^,["”’]+/u.exec(found[0])?.[0].length ?? 0) };
  const dash = DASH_ASIDE.exec(part);
  const dashCut =
    dash === null ||
    dash.index < MIN_CONTENT_CHARS ||
    DASH_ASIDE.test(part.slice(dash.index + dash[0].length)) ||
    insideQuotation(part, dash.index)
      ? Infinity
      : dash.index;
  const aside = NARRATORS_ASIDE.exec(part);
  return Math.min(
    again === null || again.index < MIN_CONTENT_CHARS ? Infinity : again.index,
    dashCut,
    aside === null || aside.index < MIN_CONTENT_CHARS || insideQuotation(part, aside.index) ? Infinity : aside.index,
  );
}

/**
 * "…, compared with 64 percent who …": a closing comparison is the narrator's comment on the
 * statement (PolNeAR ends the content before it). A closing participle ("…, putting them at odds")
 * is not cut: PolNeAR keeps it about as often as not.
 */
const NARRATORS_ASIDE = /,\s+compared\s+(?:with|to)\b/u;

const SAME_SPEAKER_AGAIN =
  /(?:,["”’]*\s+(?:and\s+|but\s+)?(?:saying|adding|noting|arguing|explaining|insisting|warning|claiming|writing|telling)\b|,?\s+(?:and|but)\s+(?:(?:he|she|they|we|i)\s+)?(?:also\s+|then\s+|later\s+)?(?:added|said|says|adds|noted|argued|insisted|warned|wrote|told|asked)\b)/u;
/** A spaced dash, but not one before a specifying adverb ("… peacefully – primarily halting …": the speaker's). */
const DASH_ASIDE = /\s(?:—|–|-{1,2})\s(?!(?:primarily|mainly|chiefly|especially|notably|namely|particularly|above all)\b)/u;

/** True when more quotation marks open than close before `at` (curly marks, or an odd count of straight ones). */
function insideQuotation(part: string, at: number): boolean {
  const head = part.slice(0, at);
  const count = (re: RegExp): number => (head.match(re) ?? []).length;
  return count(/[“«]/gu) > count(/[”»]/gu) || count(/"/gu) % 2 === 1 || count(/''/gu) % 2 === 1;
}

/** A contrast clause up to its end or next comma that holds a verb of saying ("did not say when", "declined to elaborate"). */
function narratorsContrast(rest: string): boolean {
  const clause = rest.split(/[,;]/u)[0] ?? rest;
  return (clause.toLowerCase().match(/[\p{L}']+/gu) ?? []).some(
    (w) => CUE_BY_FORM.get(w)?.kind === 'speech' || /^(?:declined|refused)$/u.test(w),
  );
}

/**
 * "said ''there could be'' a line that …": a quotation right after the cue that closes without
 * final punctuation and is followed by the rest of the clause opens a mixed content, not a direct
 * quote. Not when a conjunction or a subordinator follows ("said “no” and left": the narrator's).
 */
function openingFragment(text: string, quotes: readonly QuotedSpan[], open: number, sentenceEnd: number): boolean {
  const q = quotes.find((x) => x.open === open);
  if (q === undefined || q.close >= sentenceEnd || /[.,!?;:]$/u.test(text.slice(q.start, q.end).trimEnd())) return false;
  const rest = text.slice(q.close + 1, sentenceEnd);
  return /^['’]?\s+\p{Ll}/u.test(rest) && !/^['’]?\s+(?:and|but|or|as|while|when|before|after|because|since|if|then)\b/u.test(rest);
}

function startsDirect(quotes: readonly QuotedSpan[], offset: number): boolean {
  return quotes.some((q) => q.open === offset);
}
