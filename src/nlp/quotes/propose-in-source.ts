/**
 * "In a CNN poll, Clinton led by 24 points" / "In a statement, the ministry denied it": a document
 * named in a sentence-opening "In …," phrase is the source of the clause after the comma (PolNeAR
 * annotates "In" as the cue). When a verb of saying follows ("In a statement, Vos said …"), that
 * report owns the clause and nothing is proposed here.
 */
import { spokenCandidate, type Candidate, type CueHit, type SentenceView } from './candidate.ts';
import { contentEnd, MIN_CONTENT_CHARS, startsClause } from './clause-bounds.ts';
import { classifyContent } from './propose-mixed.ts';
import type { QuotedSpan } from './quote-marks.ts';

/** The "In …" phrase before the comma has at most this many tokens. */
export const MAX_IN_SOURCE_TOKENS = 14;

/** Documents and sayings that can be a source: polls, statements, interviews, posts. */
const DOCUMENT_WORDS =
  'polls?|polling|surveys?|statements?|interviews?|letters?|memos?|reports?|op-ed|editorial|column|tweets?|posts?|speech|essay|book|filings?|release|ads?|video|remarks|testimony|analysis|study|emails?|messages?|words|view|opinion';
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_WORDS})$`, 'u');

/** Cheap pre-test on the raw sentence, so only candidate sentences are tagged. */
export const IN_SOURCE_SENTENCE = new RegExp(String.raw`^\W*(?:(?:but|and|yet)\s+)?in\s[^,]{0,120}\b(?:${DOCUMENT_WORDS})\b[^,]*,`, 'iu');

export function proposeInSource(text: string, s: SentenceView, cues: readonly CueHit[], quotes: readonly QuotedSpan[]): Candidate | null {
  const { tokens } = s;
  let k = 0;
  while (k < tokens.length && /^(?:but|and|yet)$/u.test(tokens[k]?.lower ?? '')) k++;
  const cue = tokens[k];
  if (cue?.lower !== 'in') return null;
  const comma = tokens.findIndex((x, n) => n > k && x.text === ',');
  if (comma < k + 2 || comma - k - 1 > MAX_IN_SOURCE_TOKENS) return null;
  const phrase = tokens.slice(k + 1, comma);
  if (!phrase.some((x) => DOCUMENT.test(x.lower)) || phrase.some((x) => x.pos === 'AUX')) return null;
  const after = tokens[comma + 1];
  if (after === undefined || cues.some((c) => c.record !== null && c.start > cue.start)) return null;
  if (!startsClause(tokens, comma + 1, tokens.length)) return null;
  const end = contentEnd(text, after.start, s.end);
  if (end - after.start < MIN_CONTENT_CHARS) return null;
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  if (first === undefined || last === undefined) return null;
  return spokenCandidate(
    classifyContent(text, after.start, end, quotes),
    cue,
    { start: first.start, end: last.end, appositive: null },
    'quotes/in-source',
    0.6,
    s.index,
  );
}
