/**
 * Personal pronouns as mentions (form `pronoun`), only where the antecedent is unambiguous: a
 * subject "he"/"she" (sentence start, or after a closing quote: “…,” he insisted) links to a
 * person when exactly one person was mentioned in that sentence before it or in the
 * PRONOUN_WINDOW sentences before. A pronoun already linked counts as a mention of its person,
 * so a chain ("Truss said ... she told reporters. ... She warned") keeps its referent while no
 * one else is named. The KB has no gender, so two candidate people means no link rather than a
 * guess.
 */
import type { Sentence } from '../../core/analysis.ts';
import type { Candidate } from './candidate.ts';
import { targetKey } from './candidate.ts';
import type { ActorContext } from './context.ts';

const SUBJECT = /(?:^|[,.;:!?]["”’]?\s+|["“”]\s*)(He|She|he|she)\b(?=\s+\p{Ll})/gu;

function isPerson(ctx: ActorContext, c: Candidate): boolean {
  if (c.place === true) return false;
  if (c.target.type === 'local') return c.target.kind === 'person';
  return ctx.kb.records.get(c.target.id)?.kind === 'person';
}

/** Sentences before the pronoun's own in which its antecedent may be named. */
export const PRONOUN_WINDOW = 2;

export function resolvePronouns(ctx: ActorContext, sentences: readonly Sentence[], selected: readonly Candidate[]): Candidate[] {
  const people = selected.filter((c) => isPerson(ctx, c)).sort((a, b) => a.start - b.start);
  if (people.length === 0) return [];
  const out: Candidate[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const windowStart = sentences[Math.max(0, i - PRONOUN_WINDOW)]?.start ?? sentence.start;
    const text = ctx.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(SUBJECT)) {
      const word = m[1] ?? '';
      const at = sentence.start + m.index + m[0].lastIndexOf(word);
      const before = people.filter((c) => c.start >= windowStart && c.end <= at);
      const keys = new Set(before.map((c) => targetKey(c.target)));
      const last = before[before.length - 1];
      if (keys.size !== 1 || last === undefined) continue;
      const linked: Candidate = { start: at, end: at + word.length, target: last.target, form: 'pronoun', rule: 'pronoun' };
      out.push(linked);
      // Kept in position order, so later pronouns see this one as the latest mention.
      const next = people.findIndex((c) => c.start > at);
      people.splice(next < 0 ? people.length : next, 0, linked);
    }
  }
  return out;
}
