/**
 * Builds the ActorRef of a quote's speaker. When the actor stage found a mention covering the
 * speaker phrase (or the antecedent a pronoun resolves to), its canonical id, name and country are
 * used; otherwise the actor is unlinked (actorId null) and named from the article's own words.
 */
import type { Actor, ActorRef } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';
import type { Candidate } from './candidate.ts';
import { ROLE_NOUNS } from './patterns.ts';
import { fullName, resolvePerson, type PersonMention } from './resolve-pronouns.ts';
import { nameSpeaker } from './speaker-name.ts';

export interface SpeakerContext {
  readonly text: string;
  readonly actors: readonly Actor[];
  readonly persons: readonly PersonMention[];
}

/** The actor with a mention overlapping `span` the most, if any. */
export function actorAt(actors: readonly Actor[], span: Span): Actor | null {
  let best: Actor | null = null;
  let bestOverlap = 0;
  for (const actor of actors) {
    for (const m of actor.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        best = actor;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

/**
 * A state, IGO or organisation mention that ends before the speaker phrase does only modifies its
 * head noun: "a senior US official" is not the United States, and "U.S. intelligence" is not the
 * US state. The speaker keeps the article's description and takes the country from the modifier.
 */
function modifierOnly(actor: Actor, phrase: Span, text: string): boolean {
  if (actor.kind === 'person') return false;
  const inPhrase = actor.mentions.filter((m) => m.start < phrase.end && m.end > phrase.start);
  const phraseEnd = phrase.start + text.slice(phrase.start, phrase.end).trimEnd().length;
  // "The Russian embassy in Dublin": a mention followed by a prepositional phrase is the head itself.
  const headFollowedByPP = (m: Span): boolean => /^\s+(?:in|at|of|for)\b/iu.test(text.slice(m.end, phraseEnd));
  return (
    inPhrase.length > 0 && inPhrase.every((m) => m.end < phraseEnd && /[\p{L}]/u.test(text.slice(m.end, phraseEnd)) && !headFollowedByPP(m))
  );
}

const linked = (actor: Actor, span: Span): ActorRef => ({
  actorId: actor.id,
  name: actor.name,
  country: actor.country,
  span: { start: span.start, end: span.end },
});
const unlinked = (name: string, span: Span): ActorRef => ({
  actorId: null,
  name,
  country: null,
  span: { start: span.start, end: span.end },
});

/** The speaker of `c`; `previous` is the speaker of the quote before it (for floating quotes and "it"). */
export function attributeSpeaker(ctx: SpeakerContext, c: Candidate, previous: ActorRef | null): ActorRef | null {
  if (c.speakerFromPrevious) return previous;
  if (c.speaker === null) return null;
  const phrase: Span = { start: c.speaker.start, end: c.speaker.end };
  // The mention runs over a following apposition ("Robert Klein, chairman of the institute,"), as
  // PolNeAR's SOURCE spans do; the name is still taken from the head.
  const app = c.speaker.appositive;
  const mention: Span =
    app !== null && app.start > phrase.end && /^,\s*$/u.test(ctx.text.slice(phrase.end, app.start))
      ? { start: phrase.start, end: app.end }
      : phrase;
  // "The US ambassador in Moscow": the place after the head is where the speaker is, not who speaks.
  const place = /\s(?:in|at)\s+\p{Lu}/u.exec(ctx.text.slice(phrase.start, phrase.end));
  const head: Span = place === null ? phrase : { start: phrase.start, end: phrase.start + place.index };
  const direct = actorAt(ctx.actors, head) ?? (place === null ? null : actorAt(ctx.actors, phrase));
  const named = nameSpeaker(ctx.text, head, c.speaker.appositive);
  if (direct !== null && named.pronoun === null) {
    if (modifierOnly(direct, head, ctx.text)) return { ...unlinked(named.name, mention), country: direct.country };
    return linked(direct, mention);
  }
  if (named.pronoun === 'he' || named.pronoun === 'she') {
    if (direct !== null) return linked(direct, phrase);
    const person = resolvePerson(ctx.persons, phrase.start, named.gender, null);
    if (person === null) return unlinked(named.name, phrase);
    const actor = actorAt(ctx.actors, person);
    return actor === null ? unlinked(person.name, phrase) : linked(actor, phrase);
  }
  if (named.pronoun !== null) {
    if (direct !== null) return linked(direct, phrase);
    // "it"/"they" most often continue the organisation or group that spoke just before.
    const prev = previous !== null && !ctx.persons.some((p) => p.name === previous.name) ? previous : null;
    return prev === null ? unlinked(named.name, phrase) : { ...prev, span: phrase };
  }
  if (named.description) {
    const head = named.titles.filter((t) => ROLE_NOUNS.has(t)).pop() ?? null;
    if (head !== null && /^the\b/iu.test(ctx.text.slice(phrase.start, phrase.end))) {
      const person = resolvePerson(ctx.persons, phrase.start, named.gender, head);
      if (person !== null) {
        const actor = actorAt(ctx.actors, person);
        return actor === null ? unlinked(person.name, phrase) : linked(actor, phrase);
      }
    }
    return unlinked(named.name, mention);
  }
  const full = fullName(ctx.persons, named.name, phrase.start);
  return unlinked(full?.name ?? named.name, mention);
}
