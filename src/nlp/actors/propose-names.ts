/**
 * Mentions by name: KB names and aliases ("Sergei Lavrov", "NATO", "Ukraine"), distinctive KB
 * surnames ("Putin") and collective demonyms ("the Russians" → Russia, form `demonym`). A state
 * name after a locative preposition is marked as a place ("troops in Belarus"), and so is the
 * next name of a list it starts ("in Poland and Romania").
 *
 * Demonym adjectives ("Russian troops", "Russian aims") are NOT mentions of the state: the
 * adjective modifies another noun, which is the actor when it is one (propose-institutions.ts:
 * "Russian troops" → the Russian military). This follows the dev gold, which lists Italy nowhere
 * although "the Italian foreign minister" appears.
 */
import type { AliasEntry } from './kb/alias-trie.ts';
import type { Candidate } from './candidate.ts';
import { inCredit, withThe, type ActorContext } from './context.ts';
import { continuesPlaceList, isPlaceContext } from './resolve-place-vs-actor.ts';

const FORM_ORDER: Readonly<Record<AliasEntry['form'], number>> = { name: 0, surname: 1, demonym: 2, metonym: 3, capital: 4, adjective: 5 };

/** The entry a hit stands for when several actors share an alias: names before surnames, and so on. */
export function bestEntry(entries: readonly AliasEntry[]): AliasEntry | undefined {
  let best: AliasEntry | undefined;
  for (const e of entries) if (best === undefined || FORM_ORDER[e.form] < FORM_ORDER[best.form]) best = e;
  return best;
}

export function proposeNames(ctx: ActorContext): Candidate[] {
  const out: Candidate[] = [];
  let lastStateEnd = -1;
  let lastWasPlace = false;
  for (const hit of ctx.hits) {
    const entry = bestEntry(hit.entries);
    if (entry === undefined) continue;
    const record = ctx.kb.records.get(entry.actorId);
    if (record === undefined) continue;
    const target = { type: 'kb', id: record.id } as const;
    const span = { start: hit.start, end: hit.end };
    if (entry.form === 'name') {
      if (record.kind === 'state') {
        const place: boolean = isPlaceContext(ctx.text, hit.start) || continuesPlaceList(ctx.text, hit.start, lastStateEnd, lastWasPlace);
        out.push({ ...span, target, form: 'name', rule: place ? 'state-place' : 'kb-name', ...(place ? { place: true } : {}) });
        lastStateEnd = hit.end;
        lastWasPlace = place;
      } else if (record.kind !== 'media' || !inCredit(ctx.text, hit.start)) {
        out.push({ ...span, target, form: 'name', rule: 'kb-name' });
      }
    } else if (entry.form === 'surname') {
      out.push({ ...span, target, form: 'surname', rule: 'kb-surname' });
    } else if (entry.form === 'demonym') {
      // Include an article "the" before the demonym: "the Russians" is the mention.
      out.push({ start: withThe(ctx.text, hit.start), end: hit.end, target, form: 'demonym', rule: 'demonym' });
    }
  }
  return out;
}
