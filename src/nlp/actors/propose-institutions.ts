/**
 * "the Russian army", "US and UK governments", "U.S. intelligence", "The Biden administration",
 * "Western intelligence services": a state (or the West) prefix plus an institution word from
 * kb/institutions.ts gives a virtual institution actor of that state.
 */
import type { Candidate } from './candidate.ts';
import type { ActorContext } from './context.ts';
import { skipSpaces, withThe } from './context.ts';
import { AliasTrie } from './kb/alias-trie.ts';
import { INSTITUTIONS, type InstitutionRule } from './kb/institutions.ts';
import type { StateRecord } from './kb/schema.ts';
import type { AliasHit } from './scan-aliases.ts';

let words: AliasTrie | null = null;

function wordTrie(): AliasTrie {
  if (words === null) {
    words = new AliasTrie();
    for (const rule of INSTITUTIONS)
      for (const w of rule.words) words.add({ actorId: rule.suffix, form: 'name', alias: w, caseSensitive: false });
  }
  return words;
}

const BY_SUFFIX = new Map(INSTITUTIONS.map((r) => [r.suffix, r]));

/** The label a state's institutions carry: "US", "UK" (short acronym) else the adjective ("Russian"). */
export function stateLabel(state: StateRecord): string {
  return state.aliases.find((a) => /^[A-Z]{2,3}$/u.test(a)) ?? state.demonyms[0] ?? state.name;
}

interface Prefix {
  readonly state: StateRecord | 'west';
  readonly person: boolean;
}

function prefixOf(ctx: ActorContext, hit: AliasHit): Prefix | null {
  for (const e of hit.entries) {
    const r = ctx.kb.records.get(e.actorId);
    if (r?.kind === 'state' && (e.form === 'adjective' || e.form === 'name')) return { state: r, person: false };
    if (r?.kind === 'person' && r.country !== null && (e.form === 'surname' || e.form === 'name')) {
      const state = ctx.kb.states.get(r.country);
      if (state !== undefined) return { state, person: true };
    }
  }
  return null;
}

function instAt(ctx: ActorContext, pos: number): { rule: InstitutionRule; end: number } | null {
  const m = wordTrie().matchAt(ctx.folded, pos)[0];
  const rule = m === undefined ? undefined : BY_SUFFIX.get(m.entries[0]?.actorId ?? '');
  return m === undefined || rule === undefined ? null : { rule, end: m.end };
}

function candidate(ctx: ActorContext, state: StateRecord | 'west', rule: InstitutionRule, start: number, end: number): Candidate {
  const id = state === 'west' ? `the-west-${rule.suffix}` : `${state.id}-${rule.suffix}`;
  const name = state === 'west' ? `Western ${rule.label}` : `${stateLabel(state)} ${rule.label}`;
  const country = state === 'west' ? null : state.country;
  return {
    start: withThe(ctx.text, start),
    end,
    target: { type: 'kb', id, virtual: { name, kind: 'organisation', country } },
    form: 'name',
    rule: 'institution',
  };
}

export function proposeInstitutions(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  // "Western intelligence services": the West has no demonym entry, so its adjective is matched here.
  for (const m of ctx.text.matchAll(/\b[Ww]estern(?=[ \u00a0])/gu)) {
    const inst = instAt(ctx, skipSpaces(ctx.text, m.index + m[0].length));
    if (inst !== null && inst.rule.suffix !== 'government') out.push(candidate(ctx, 'west', inst.rule, m.index, inst.end));
  }
  for (const [i, hit] of ctx.hits.entries()) {
    const prefix = prefixOf(ctx, hit);
    if (prefix === null || prefix.state === 'west') continue;
    const inst = instAt(ctx, skipSpaces(ctx.text, hit.end));
    if (inst !== null && (!prefix.person || inst.rule.personPrefix)) {
      out.push(candidate(ctx, prefix.state, inst.rule, hit.start, inst.end));
      continue;
    }
    // "US and UK governments": the first prefix shares the institution of the second.
    const next = ctx.hits[i + 1];
    if (next === undefined || !/^\s*(?:and|,)\s*$/u.test(ctx.text.slice(hit.end, next.start))) continue;
    const second = prefixOf(ctx, next);
    const shared = instAt(ctx, skipSpaces(ctx.text, next.end));
    if (second !== null && !prefix.person && !second.person && shared !== null)
      out.push(candidate(ctx, prefix.state, shared.rule, hit.start, hit.end));
  }
  return out;
}
