/**
 * Groups the selected mentions into `Actor` records (core/analysis.ts): one per KB id or local
 * name, sorted by first mention. A state or capital whose every mention is a place becomes a
 * `location` actor; one that acts anywhere in the article stays a state.
 */
import type { Actor, ActorKind, ActorMention } from '../../core/analysis.ts';
import { targetKey, type Candidate } from './candidate.ts';
import type { ActorContext } from './context.ts';
import { countryOn, roleOn } from './kb/index.ts';
import { ruleOf } from './rules.ts';

function mention(text: string, c: Candidate): ActorMention {
  const rule = ruleOf(c.rule);
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    form: c.form,
    rule: `actors/${rule.id}`,
    confidence: rule.confidence,
  };
}

export function assembleActors(ctx: ActorContext, selected: readonly Candidate[]): Actor[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of selected) {
    const key = targetKey(c.target);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [c]);
    else list.push(c);
  }
  const actors: Actor[] = [];
  let localCount = 0;
  for (const list of groups.values()) {
    const first = list[0];
    if (first === undefined) continue;
    const allPlaces = list.every((c) => c.place === true);
    const mentions = list.map((c) => mention(ctx.text, c));
    const t = first.target;
    if (t.type === 'local') {
      localCount++;
      actors.push({
        id: `local:${localCount}`,
        name: t.name,
        kind: allPlaces ? 'location' : t.kind,
        country: t.country,
        role: t.role,
        wikidata: null,
        mentions,
      });
      continue;
    }
    if (t.virtual !== undefined) {
      actors.push({
        id: `kb:${t.id}`,
        name: t.virtual.name,
        kind: t.virtual.kind,
        country: t.virtual.country,
        role: null,
        wikidata: null,
        mentions,
      });
      continue;
    }
    const r = ctx.kb.records.get(t.id);
    if (r === undefined) continue;
    const kind: ActorKind = allPlaces && r.kind === 'state' ? 'location' : r.kind;
    const role = r.kind === 'person' ? roleOn(ctx.kb, r, ctx.date) : null;
    const country = r.kind === 'person' ? countryOn(ctx.kb, r, ctx.date) : r.country;
    actors.push({ id: `kb:${r.id}`, name: r.name, kind, country, role, wikidata: r.wikidata, mentions });
  }
  return actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
