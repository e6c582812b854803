/**
 * "According to X, …" and "…, according to X": the source follows the cue. At the sentence start
 * the content follows the source's comma; at the end the content is everything before the cue.
 */
import { spokenCandidate, type Candidate, type CueHit, type SentenceView } from './candidate.ts';
import { contentEnd, firstContentStart, MIN_CONTENT_CHARS, tokenAfter } from './clause-bounds.ts';
import { subjectRightOf, type SpeakerPhrase } from './noun-phrase.ts';
import { classifyContent } from './propose-mixed.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { isQuoteToken } from './tokens.ts';

/** "In addition, according to X, …": up to this many tokens before the cue are an adverbial, not content. */
export const MAX_ADVERBIAL_BEFORE_ACCORDING = 3;

export function accordingTo(text: string, s: SentenceView, cue: CueHit, quotes: readonly QuotedSpan[]): Candidate | null {
  const { tokens } = s;
  // "(According to the police, …)" / "It has not gone unnoticed: according to polls, …": a
  // parenthesis, a colon or a dash opens a new clause like the sentence start does.
  const opening =
    cue.first === 0 ||
    /^[(:—–]$/u.test(tokens[cue.first - 1]?.text ?? '') ||
    (tokens[cue.first - 1]?.text === ',' && cue.first <= MAX_ADVERBIAL_BEFORE_ACCORDING + 1);
  const next = tokens[cue.last + 1];
  // After "to" the tagger often reads the next word as a verb ("according to state/VERB records").
  const misread = next !== undefined && /\p{L}/u.test(next.text) ? { start: next.start, end: next.end, appositive: null } : null;
  const found = subjectRightOf(tokens, cue.last, tokens.length) ?? misread;
  if (found === null) return null;
  if (found === misread && !tokens.slice(cue.last + 2, cue.last + 2 + MAX_SOURCE_TOKENS).some((x) => /NOUN|PROPN/u.test(x.pos)))
    return null;
  // "According to early results of exit polls conducted for The Associated Press, …": the source
  // runs to the comma that opens the content (to the sentence end when the cue closes it).
  const speaker = wholeSource(tokens, found, cue.last + 1, opening) ?? found;
  const afterSpeaker = tokenAfter(tokens, speaker.appositive?.end ?? speaker.end);
  let start: number;
  let end: number;
  if (opening) {
    const comma = tokens[afterSpeaker];
    if (comma?.text !== ',') return null;
    start = tokens[afterSpeaker + 1]?.start ?? s.end;
    // "(According to X, …)": the content ends with the parenthesis.
    const paren = tokens[cue.first - 1]?.text === '(' ? tokens.find((x) => x.text === ')' && x.start > start) : undefined;
    end = contentEnd(text, start, paren?.start ?? s.end);
  } else {
    const clause = tokens.findLastIndex((x, k) => k < cue.first && /^[:(—–]$/u.test(x.text));
    start = firstContentStart(text, clause < 0 ? s.start : (tokens[clause + 1]?.start ?? s.start), cue.start);
    end = contentEnd(text, start, cue.start);
  }
  if (end - start < MIN_CONTENT_CHARS) return null;
  return spokenCandidate(classifyContent(text, start, end, quotes), cue, speaker, 'quotes/according-to', 0.8, s.index);
}

/** Tokens an "according to" source may span when it carries a participle or a relative clause. */
export const MAX_SOURCE_TOKENS = 24;

function wholeSource(tokens: SentenceView['tokens'], found: SpeakerPhrase, from: number, toComma: boolean): SpeakerPhrase | null {
  let k = from;
  while (k < tokens.length && k - from < MAX_SOURCE_TOKENS) {
    const x = tokens[k];
    if (x === undefined || isQuoteToken(x) || (toComma ? x.text === ',' : /^[.!?;]$/u.test(x.text))) break;
    // "…, according to a CNN tally, but his path is narrowing": a clause after the source is not part of it.
    if (!toComma && x.text === ',' && /^(?:but|and|yet|while|although|though|so)$/u.test(tokens[k + 1]?.lower ?? '')) break;
    k++;
  }
  const stop = tokens[k];
  if (stop === undefined ? toComma : toComma ? stop.text !== ',' : !/^[.!?;,]$/u.test(stop.text)) return null;
  const last = tokens[k - 1];
  if (last === undefined || last.end <= found.end) return null;
  return { start: found.start, end: last.end, appositive: null };
}
