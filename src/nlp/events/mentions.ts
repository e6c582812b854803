/**
 * The actor mentions of one sentence that can fill an event's source or target, as token ranges:
 * mentions from the actor stage first (canonical id, name, country), then fallback gazetteer names
 * the actor stage did not cover, then bare group nouns ("rebels", "protesters") with no country,
 * then pronouns, which role-context.ts resolves to an earlier actor.
 */
import type { Actor, ActorRef } from '../../core/analysis.ts';
import { findCountryNames, type GazetteerHit } from './fallback-actors.ts';
import type { Token } from './tokens.ts';

export interface ArgMention {
  /** Token range [first, last] in the sentence. */
  readonly first: number;
  readonly last: number;
  readonly ref: ActorRef;
  readonly pronoun: boolean;
}

/**
 * Group nouns that name non-state actors (CAMEO sector codes REB, OPP, ...): a state dealing with
 * them is a domestic interaction between two actors, not a state dealing with itself.
 */
const NON_STATE_GROUPS = new Set([
  'insurgent',
  'rebel',
  'militant',
  'protester',
  'protestor',
  'demonstrator',
  'activist',
  'gunman',
  'gunmen',
  'separatist',
  'opposition',
  'jihadist',
  'terrorist',
  'prisoner',
  'rioter',
]);
/** Collective nouns that name an actor with no country ("Insurgents bombarded ..."): the non-state groups and these. */
const GROUP_NOUNS = new Set([
  ...NON_STATE_GROUPS,
  'police',
  'government',
  // Institutions that act in news reports ("A court in Guyana issued arrest warrants"); their
  // country comes from a demonym before them or a place after them (withPlace).
  'court',
  'authority',
  'ministry',
  'parliament',
  'lawmaker',
  'army',
  'navy',
]);

/** True when `t` is a noun of `nouns` by its lemma or by its word less a plural "s" (wink keeps "Rebels" plural). */
const isGroupNoun = (nouns: ReadonlySet<string>, t: Token): boolean => nouns.has(t.lemma) || nouns.has(t.lower.replace(/s$/u, ''));

/** True when a mention's words hold a non-state group noun ("Georgian demonstrators", "Syrian rebels"). */
export function nonStateGroup(tokens: readonly Token[], m: ArgMention): boolean {
  return tokens.slice(m.first, m.last + 1).some((t) => isGroupNoun(NON_STATE_GROUPS, t));
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);

function overlapsAny(mentions: readonly ArgMention[], first: number, last: number): boolean {
  return mentions.some((m) => m.first <= last && first <= m.last);
}

/** Token index range covering [start, end), or null when no token lies inside. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start >= start && t.end <= end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

function refOf(tokens: readonly Token[], first: number, last: number, country: string | null): ActorRef {
  const a = tokens[first];
  const b = tokens[last];
  const span = a === undefined || b === undefined ? null : { start: a.start, end: b.end };
  const name = tokens
    .slice(first, last + 1)
    .map((t, i) => (i === 0 ? t.text : `${t.start > (tokens[first + i - 1]?.end ?? 0) ? ' ' : ''}${t.text}`))
    .join('');
  return { actorId: null, name, country, span };
}

/**
 * "Rwanda's Senate", "Russia's defence ministry": an institution after a state's possessive
 * belongs to that state, whatever country a bare name would suggest ("Senate" alone is the US one).
 */
function possessorOf(
  tokens: readonly Token[],
  found: readonly ArgMention[],
  gazetteer: readonly GazetteerHit[],
  first: number,
): string | undefined {
  if (tokens[first - 1]?.text !== "'s" && tokens[first - 1]?.text !== '’s') return undefined;
  const end = first - 2;
  const country = found.find((m) => m.last === end)?.ref.country ?? gazetteer.find((g) => g.last === end)?.country ?? null;
  return isStateCode(country) ? country : undefined;
}

/** Argument mentions of a sentence, sorted by position, non-overlapping. */
export function sentenceMentions(tokens: readonly Token[], actors: readonly Actor[]): ArgMention[] {
  const out: ArgMention[] = [];
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return out;
  const gazetteer = findCountryNames(tokens);
  for (const actor of actors) {
    for (const m of actor.mentions) {
      if (m.end <= first.start || m.start >= last.end) continue;
      const range = tokenRange(tokens, m.start, m.end);
      if (range === null || overlapsAny(out, range[0], range[1])) continue;
      // The knowledge base may know a name but not whom it acts for (a local actor, an outlet);
      // the CAMEO gazetteer's country for the same words then fills the gap.
      const possessor = actor.kind === 'person' ? undefined : possessorOf(tokens, out, gazetteer, range[0]);
      const country = possessor ?? actor.country ?? gazetteer.find((g) => g.first <= range[1] && range[0] <= g.last)?.country ?? null;
      out.push({
        first: range[0],
        last: range[1],
        pronoun: false,
        ref: { actorId: actor.id, name: actor.name, country, span: { start: m.start, end: m.end } },
      });
    }
  }
  for (const hit of gazetteer) {
    if (!overlapsAny(out, hit.first, hit.last))
      out.push({ first: hit.first, last: hit.last, pronoun: false, ref: refOf(tokens, hit.first, hit.last, hit.country) });
  }
  tokens.forEach((t, i) => {
    if (overlapsAny(out, i, i)) return;
    // Capitalised at a sentence start, wink tags "Rebels" PROPN and keeps the plural.
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && isGroupNoun(GROUP_NOUNS, t)) {
      // "Syrian rebels": the demonym already names the actor; the noun only extends it.
      const before = out.findIndex((m) => m.last === i - 1 || m.last === i - 2);
      const demonym = out[before];
      if (demonym === undefined) out.push({ first: i, last: i, pronoun: false, ref: refOf(tokens, i, i, null) });
      // The mention then spans the noun too, so "demonstrators" is an argument, not a PROTEST.
      else if (demonym.last === i - 1 || tokens[i - 1]?.pos === 'ADJ') out[before] = { ...demonym, last: i };
    } else if (t.pos === 'PRON' && (PRONOUNS.has(t.lower) || t.text === 'us')) {
      // Lower-case "us" only: "US" is the country.
      out.push({ first: i, last: i, pronoun: true, ref: refOf(tokens, i, i, null) });
    }
  });
  return withPlace(
    tokens,
    out.filter((m) => !placeModifier(tokens, m) && !compoundModifier(tokens, m)).sort((a, b) => a.first - b.first),
  );
}

/** Nouns that make the name before them part of a place: "the Southern and Western military districts", "the Kyiv region". */
const PLACE_NOUNS = new Set([
  'district',
  'region',
  'direction',
  'border',
  'flank',
  'front',
  'part',
  'outskirts',
  'suburb',
  'area',
  'bank',
  'oblast',
  'province',
]);

/** Codes of sides that are not states (CAMEO/PETRARCH): they neither own institutions nor are a place's country. */
export const NON_STATES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'IMG', 'WST', 'MNC', 'INT']);

/** A state's code: three letters, not a non-state side's (NON_STATES). */
export const isStateCode = (country: string | null): country is string =>
  country !== null && country.length === 3 && !NON_STATES.has(country);

/**
 * A name with no country that modifies a place noun (at most one word between) names part of a
 * place, not an actor: the actor stage's "Western military" in "the Western military districts".
 */
function placeModifier(tokens: readonly Token[], m: ArgMention): boolean {
  if (m.pronoun || (m.ref.country !== null && m.ref.country !== 'WST')) return false;
  return [tokens[m.last + 1], tokens[m.last + 2]].some((t) => t !== undefined && PLACE_NOUNS.has(t.lemma));
}

/**
 * Participles after "<name>-" that make the name a modifier: who holds a place ("government-held
 * part of Syria") or whom a group is tied to ("the Al Qaeda-linked Somali group al-Shabab",
 * "Iran-backed militias"). The actor is the noun that follows, not the name. "-led" is not
 * among them: "Vietnamese-led forces" are that side's forces (CAMEO codes them so).
 */
const ASSOCIATION_PARTICIPLES = new Set([
  'held',
  'controlled',
  'occupied',
  'linked',
  'affiliated',
  'allied',
  'aligned',
  'inspired',
  'backed',
  'funded',
  'sponsored',
  'supported',
  'armed',
]);

function compoundModifier(tokens: readonly Token[], m: ArgMention): boolean {
  const dash = tokens[m.last + 1];
  const last = tokens[m.last];
  const part = tokens[m.last + 2];
  return (
    dash !== undefined &&
    last !== undefined &&
    part !== undefined &&
    dash.text === '-' &&
    dash.start === last.end &&
    part.start === dash.end &&
    ASSOCIATION_PARTICIPLES.has(part.lower)
  );
}

/** How far after a group noun its "in/of/from <country>" may start. */
export const PLACE_REACH = 3;
const PLACE_PREP = new Set(['in', 'of', 'from']);

/** "Rebels in the Ivory Coast": a group noun with no country takes the place named right after it. */
function withPlace(tokens: readonly Token[], mentions: readonly ArgMention[]): ArgMention[] {
  return mentions.map((m, i) => {
    if (m.pronoun || m.ref.country !== null || m.ref.actorId !== null) return m;
    const next = mentions[i + 1];
    if (next === undefined || next.ref.country === null || next.first - m.last > PLACE_REACH + 1) return m;
    if (!tokens.slice(m.last + 1, next.first).some((t) => PLACE_PREP.has(t.lower))) return m;
    return { ...m, ref: { ...m.ref, country: next.ref.country } };
  });
}
