/**
 * "Boris Johnson and Joe Biden said …": one statement, two speakers. The dev gold convention gives
 * one quote per speaker with the same text, so a speaker phrase that joins two proper names with
 * "and" is split into its two names (each keeps its own span).
 */
import type { Span } from '../../core/span.ts';
import type { Candidate } from './candidate.ts';

const NAME = /^(?:[A-Z][\p{L}’'.-]*\s+){0,3}[A-Z][\p{L}’'.-]*$/u;

/** The candidate once per speaker: itself, or one copy per name of a joint subject. */
export function splitJointSpeakers(text: string, c: Candidate): Candidate[] {
  const s = c.speaker;
  if (s === null || s.appositive !== null) return [c];
  const phrase = text.slice(s.start, s.end);
  const and = phrase.indexOf(' and ');
  if (and < 0 || phrase.indexOf(' and ', and + 1) >= 0) return [c];
  const left: Span = { start: s.start, end: s.start + and };
  const right: Span = { start: s.start + and + 5, end: s.end };
  if (!NAME.test(text.slice(left.start, left.end)) || !NAME.test(text.slice(right.start, right.end))) return [c];
  return [
    { ...c, speaker: { ...left, appositive: null } },
    { ...c, speaker: { ...right, appositive: null } },
  ];
}
