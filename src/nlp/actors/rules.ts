/**
 * Every rule the actor stage can fire, with the confidence it gives a mention and the reason. A
 * mention's `rule` is `actors/<id>`. Confidences are priors from reading the dev articles: KB
 * names are almost never wrong; context-decided metonyms and tagger names are less sure.
 * `priority` breaks ties between overlapping candidates of equal length (higher wins).
 */
export interface ActorRule {
  readonly id: string;
  readonly confidence: number;
  readonly priority: number;
  readonly reason: string;
}

const table = [
  { id: 'kb-name', confidence: 0.95, priority: 9, reason: 'full name or alias from data/actors' },
  { id: 'kb-surname', confidence: 0.85, priority: 8, reason: 'distinctive KB surname (unique, not a common word)' },
  { id: 'title-name', confidence: 0.95, priority: 10, reason: 'title followed by a name: "Russian Foreign Minister Sergei Lavrov"' },
  { id: 'title-surname', confidence: 0.9, priority: 10, reason: 'title or honorific plus a KB surname: "Chancellor Scholz", "Mr Putin"' },
  { id: 'title-unknown', confidence: 0.75, priority: 7, reason: 'title followed by a name the KB lacks: a local person with that role' },
  { id: 'apposition', confidence: 0.7, priority: 7, reason: '"Nikola Mikovic, a political analyst": a local person with that role' },
  { id: 'role-at-date', confidence: 0.8, priority: 6, reason: 'role description resolved through the KB at the article date' },
  {
    id: 'role-unresolved',
    confidence: 0.5,
    priority: 5,
    reason: 'role description with no holder known at the date: the description is the actor',
  },
  { id: 'demonym', confidence: 0.8, priority: 6, reason: 'collective demonym "the Russians" stands for the state' },
  { id: 'metonym', confidence: 0.85, priority: 6, reason: 'seat of government "the Kremlin" stands for the state' },
  { id: 'capital-actor', confidence: 0.75, priority: 6, reason: 'capital followed by a speech/act verb or possessive: "Moscow said"' },
  { id: 'capital-place', confidence: 0.6, priority: 4, reason: 'capital with no actor cue: a place' },
  { id: 'state-place', confidence: 0.6, priority: 4, reason: 'state name after a locative preposition: "troops in Belarus"' },
  { id: 'institution', confidence: 0.8, priority: 7, reason: 'demonym + institution word: "the Russian army", "US government"' },
  { id: 'coref-surname', confidence: 0.85, priority: 8, reason: 'surname after a full-name mention in the same article' },
  { id: 'pronoun', confidence: 0.6, priority: 2, reason: 'subject he/she with exactly one person in this or the previous sentence' },
  { id: 'ner-person', confidence: 0.6, priority: 3, reason: 'statistical tagger PER span the KB lacks' },
  { id: 'ner-organisation', confidence: 0.55, priority: 3, reason: 'statistical tagger ORG span the KB lacks' },
  { id: 'capitalised-sequence', confidence: 0.3, priority: 1, reason: 'fallback when the tagger is unavailable: 2-4 capitalised words' },
] as const satisfies readonly ActorRule[];

export type ActorRuleId = (typeof table)[number]['id'];

export const ACTOR_RULES: ReadonlyMap<ActorRuleId, ActorRule> = new Map(table.map((r) => [r.id, r]));

export function ruleOf(id: ActorRuleId): ActorRule {
  const rule = ACTOR_RULES.get(id);
  if (rule === undefined) throw new Error(`Unexpected rule id ${id}`);
  return rule;
}
