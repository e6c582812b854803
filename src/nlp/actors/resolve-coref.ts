/**
 * Back-references by surname: after "Boris Johnson" or "Nikola Mikovic" is named, a later (or
 * earlier headline) "Johnson", "Mr Johnson" or "Mikovic" is the same person. Works for KB people
 * whose surname is too common to link on its own (kb/surnames.ts) and for local people.
 */
import type { Candidate, Target } from './candidate.ts';
import type { ActorContext } from './context.ts';
import { foldKey } from './kb/normalise.ts';
import { surnameForms } from './kb/surnames.ts';
import { HONORIFICS } from './kb/titles.ts';

const HONORIFIC = new RegExp(String.raw`(?:${HONORIFICS.map((h) => h.replace('.', String.raw`\.`)).join('|')})[ \u00a0]$`, 'u');

function surnamesOf(ctx: ActorContext, c: Candidate): string[] {
  if (c.target.type === 'kb') {
    const r = ctx.kb.records.get(c.target.id);
    return r?.kind === 'person' ? surnameForms(r) : [];
  }
  if (c.target.kind !== 'person' || c.form === 'role') return [];
  const words = c.target.name.split(' ');
  return words.length >= 2 ? [words[words.length - 1] ?? ''] : [];
}

/** Surname mentions of people already found, as new candidates (the caller re-runs selection). */
export function resolveCoref(ctx: ActorContext, selected: readonly Candidate[]): Candidate[] {
  const bySurname = new Map<string, Target | null>();
  for (const c of selected) {
    if (c.form !== 'name') continue;
    for (const s of surnamesOf(ctx, c)) {
      const key = foldKey(s);
      if (key.length < 3) continue;
      const known = bySurname.get(key);
      // Two different people with one surname in one article: leave it unresolved.
      if (known === undefined) bySurname.set(key, c.target);
      else if (known !== null && JSON.stringify(known) !== JSON.stringify(c.target)) bySurname.set(key, null);
    }
  }
  if (bySurname.size === 0) return [];
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*[\p{L}\p{M}]/gu)) {
    const target = bySurname.get(foldKey(m[0]));
    if (target === undefined || target === null) continue;
    const honorific = HONORIFIC.exec(ctx.text.slice(Math.max(0, m.index - 9), m.index));
    const start = honorific === null ? m.index : m.index - honorific[0].length;
    out.push({ start, end: m.index + m[0].length, target, form: 'surname', rule: 'coref-surname' });
  }
  return out;
}
