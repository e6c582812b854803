/**
 * Actors across the corpus: every article's actors merged by canonical id, with mention counts,
 * the articles they appear in, first and last seen dates, roles and aliases. Pure over analyses,
 * so the CLI and (later) the HTTP API share it; the store streams the analyses in.
 */
import type { Actor, ActorKind, Analysis } from '../core/analysis.ts';
import { foldKey } from '../nlp/actors/kb/normalise.ts';

export interface CorpusActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly wikidata: string | null;
  readonly mentions: number;
  readonly articles: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly roles: readonly string[];
  readonly aliases: readonly string[];
}

export interface ActorSighting {
  readonly articleId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly sentence: string;
  readonly mention: string;
}

interface Tally {
  actor: Actor;
  mentions: number;
  articles: Set<string>;
  first: string | null;
  last: string | null;
  roles: Set<string>;
  aliases: Map<string, number>;
}

export interface ActorFilter {
  readonly kind?: string;
  readonly country?: string;
}

/** Places are not actors: a state used only as a location stays out of actor listings. */
const LISTED = (a: Actor): boolean => a.kind !== 'location';

export function tallyActors(analyses: Iterable<Analysis>, filter: ActorFilter = {}): CorpusActor[] {
  const tallies = new Map<string, Tally>();
  for (const analysis of analyses) {
    const { id: articleId, published } = analysis.document;
    for (const actor of analysis.actors) {
      if (!LISTED(actor)) continue;
      if (filter.kind && actor.kind !== filter.kind) continue;
      if (filter.country && actor.country !== filter.country.toUpperCase()) continue;
      // Local ids (`local:3`) are per article: only canonical ids merge across articles.
      const key = actor.id.startsWith('kb:') ? actor.id : `${articleId}/${actor.id}`;
      const t = tallies.get(key) ?? {
        actor,
        mentions: 0,
        articles: new Set<string>(),
        first: null,
        last: null,
        roles: new Set<string>(),
        aliases: new Map<string, number>(),
      };
      t.mentions += actor.mentions.length;
      t.articles.add(articleId);
      if (published !== null) {
        if (t.first === null || published < t.first) t.first = published;
        if (t.last === null || published > t.last) t.last = published;
      }
      if (actor.role) t.roles.add(actor.role);
      for (const m of actor.mentions) if (m.form !== 'pronoun') t.aliases.set(m.text, (t.aliases.get(m.text) ?? 0) + 1);
      tallies.set(key, t);
    }
  }
  return [...tallies.values()]
    .map((t) => ({
      id: t.actor.id,
      name: t.actor.name,
      kind: t.actor.kind,
      country: t.actor.country,
      wikidata: t.actor.wikidata,
      mentions: t.mentions,
      articles: t.articles.size,
      firstSeen: t.first,
      lastSeen: t.last,
      roles: [...t.roles].sort(),
      aliases: [...t.aliases.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([alias]) => alias),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** True when `query` names the actor: its canonical name or any mention text contains it. */
export function actorMatches(actor: Actor, query: string): boolean {
  const q = foldKey(query.trim());
  if (q === '') return false;
  return (
    foldKey(actor.name).includes(q) || actor.id === query || actor.mentions.some((m) => m.form !== 'pronoun' && foldKey(m.text).includes(q))
  );
}

/** Every sentence in which an actor matching `query` is mentioned, in article order. */
export function actorSightings(analyses: Iterable<Analysis>, query: string): { actors: CorpusActor[]; sightings: ActorSighting[] } {
  const matched: Analysis[] = [];
  const sightings: ActorSighting[] = [];
  for (const analysis of analyses) {
    const hits = analysis.actors.filter((a) => LISTED(a) && actorMatches(a, query));
    if (hits.length === 0) continue;
    matched.push({ ...analysis, actors: hits });
    const { text } = analysis.document;
    for (const actor of hits) {
      for (const mention of actor.mentions) {
        const sentence = analysis.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
        sightings.push({
          articleId: analysis.document.id,
          title: analysis.document.title,
          published: analysis.document.published,
          source: analysis.document.source,
          sentence: sentence ? text.slice(sentence.start, sentence.end) : mention.text,
          mention: mention.text,
        });
      }
    }
  }
  return { actors: tallyActors(matched), sightings };
}
