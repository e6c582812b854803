/**
 * Personal pronouns as mentions (form `pronoun`), only where the antecedent is unambiguous: a
 * subject "he"/"she" (sentence start, or after a closing quote: “…,” he insisted) links to a
 * person when exactly one person was mentioned in that sentence before it or in the previous
 * sentence. The KB has no gender, so two candidate people means no link rather than a guess.
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

export function resolvePronouns(ctx: ActorContext, sentences: readonly Sentence[], selected: readonly Candidate[]): Candidate[] {
  const people = selected.filter((c) => isPerson(ctx, c));
  if (people.length === 0) return [];
  const out: Candidate[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const windowStart = sentences[i - 1]?.start ?? sentence.start;
    const text = ctx.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(SUBJECT)) {
      const word = m[1] ?? '';
      const at = sentence.start + m.index + m[0].lastIndexOf(word);
      const before = people.filter((c) => c.start >= windowStart && c.end <= at);
      const keys = new Set(before.map((c) => targetKey(c.target)));
      const last = before[before.length - 1];
      if (keys.size !== 1 || last === undefined) continue;
      out.push({ start: at, end: at + word.length, target: last.target, form: 'pronoun', rule: 'pronoun' });
    }
  }
  return out;
}
