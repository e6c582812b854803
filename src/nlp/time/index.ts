/**
 * Brink's time-expression recogniser and normaliser (TIMEX3). Rules propose candidates
 * (rules-*.ts), refiners pick non-overlapping extents (refine.ts), and each survivor is valued
 * against the article date or the last date mentioned (resolve.ts), with the clause's tense
 * deciding the direction of under-specified dates (tense.ts). Pure: the reference date is passed
 * in, never read from the clock.
 */
import type { Sentence, TimeExpression } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';
import type { Candidate } from './meaning.ts';
import { parseIsoDate } from './calendar.ts';
import { clauseTense, type Tense } from './tense.ts';
import { resolve } from './resolve.ts';
import { parsePeriod } from './period.ts';
import { proposeCandidates } from './propose.ts';
import { selectCandidates, withModifier } from './refine.ts';
import { TIME_RULES } from './rules.ts';
import { alignNeighbours, mergeAdjacent } from './combine.ts';

export interface TimeOptions {
  /** ISO date (or date-time) the article was published: the reference time. Null when unknown. */
  readonly published: string | null;
}

/** Meanings whose value depends on the tense of their clause. */
function needsTense(candidate: Candidate): boolean {
  const kind = candidate.meaning.kind;
  return (
    kind === 'weekday' ||
    kind === 'date' ||
    kind === 'nth-weekday' ||
    kind === 'season' ||
    kind === 'part-of-year' ||
    kind === 'vague-direction'
  );
}

/** Characters scanned each way for a sentence edge when no sentences are given. */
const LOOK = 400;

/** Confidence kept by a tense-dependent value when the clause shows no tense (a guess). */
export const NO_TENSE_CONFIDENCE = 0.9;

/**
 * Whether a resolved candidate becomes the anchor of later anaphoric expressions. Only dates read
 * independently do: relative ones would drift along a chain, and clock times or "this morning"
 * only restate the article's day.
 */
function setsAnchor(candidate: Candidate): boolean {
  if (candidate.type === 'DURATION' || candidate.type === 'SET') return false;
  const meaning = candidate.meaning;
  if (meaning.kind !== 'shift') return true;
  return meaning.anchoring === 'deictic' && !(candidate.type === 'TIME' && meaning.amount === 0);
}

/** The sentence holding `at`, or a span between sentence-ending punctuation when none is given. */
function sentenceAround(text: string, sentences: readonly Sentence[], span: Span): Span {
  const found = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (found) return found;
  // Look at most LOOK characters each way: a clause's tense markers sit close to the expression.
  const from = Math.max(0, span.start - LOOK);
  const before = text.slice(from, span.start);
  const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(span.end, span.end + LOOK).search(/[.!?](?:\s|$)|\n/);
  return { start, end: rest < 0 ? Math.min(text.length, span.end + LOOK) : span.end + rest };
}

/**
 * Finds and normalises the time expressions of `text`, sorted by start and non-overlapping.
 * Values that need an article date stay null (anchor `unresolved`) when `published` is null.
 */
export function extractTimes(text: string, sentences: readonly Sentence[], options: TimeOptions): TimeExpression[] {
  const published = options.published === null ? null : parseIsoDate(options.published);
  const candidates = selectCandidates(proposeCandidates(text, TIME_RULES).map((c) => withModifier(text, c)));
  const out: TimeExpression[] = [];
  let previous: string | null = null;
  for (const candidate of candidates) {
    const tense: Tense = needsTense(candidate) ? clauseTense(text, sentenceAround(text, sentences, candidate), candidate) : 'unknown';
    const { value, anchor } = resolve(candidate.meaning, { published, previous, tense });
    if (value !== null && setsAnchor(candidate) && parsePeriod(value) !== null) previous = value;
    out.push({
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type: candidate.type,
      value,
      anchor,
      rule: `time/${candidate.rule}`,
      confidence: tense === 'unknown' && needsTense(candidate) ? candidate.confidence * NO_TENSE_CONFIDENCE : candidate.confidence,
    });
  }
  return mergeAdjacent(text, alignNeighbours(text, out));
}

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/;
const MONTH_OR_YEAR = /^\d{4}(?:-\d{2})?$/;

/**
 * The date a sentence states, for dating its quotes and events ("On Tuesday ... Putin said" →
 * that Tuesday): the first day-valued DATE/TIME inside the sentence, else the first month or year.
 * Durations, sets and vague references (PAST_REF) never date a sentence.
 */
export function sentenceDate(times: readonly TimeExpression[], sentence: Span): string | null {
  let coarse: string | null = null;
  for (const time of times) {
    if (time.start < sentence.start || time.end > sentence.end || time.value === null) continue;
    if (time.type !== 'DATE' && time.type !== 'TIME') continue;
    const day = DAY_VALUE.exec(time.value);
    if (day) return day[1] ?? null;
    if (coarse === null && MONTH_OR_YEAR.test(time.value)) coarse = time.value;
  }
  return coarse;
}
