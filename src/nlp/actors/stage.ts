/**
 * The actor stage: every mention of a person, organisation or state, linked to a KB actor or to a
 * local one. Runs after `sentences` and before `quotes` (quotes attach speakers to actors).
 */
import type { Actor, Sentence } from '../../core/analysis.ts';
import type { Stage } from '../stage.ts';
import { assembleActors } from './assemble.ts';
import { buildContext } from './context.ts';
import type { KnowledgeBase } from './kb/index.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { proposeAppositions } from './propose-appositions.ts';
import { proposeDescriptions } from './propose-descriptions.ts';
import { proposeOrganisations, proposeTaggerEntities } from './propose-entities.ts';
import { proposeInstitutions } from './propose-institutions.ts';
import { proposeMetonyms } from './propose-metonyms.ts';
import { proposeNames } from './propose-names.ts';
import { resolveCoref } from './resolve-coref.ts';
import { resolvePronouns } from './resolve-pronouns.ts';
import { selectCandidates } from './select.ts';

export interface ActorOptions {
  /** The knowledge base; defaults to the shipped one (data/actors). */
  readonly kb?: KnowledgeBase;
  /** Use the statistical tagger for unknown names (slower: ~8k words/s). Default false. */
  readonly tagger?: boolean;
  /** Sentences of the text (from the sentences stage); without them no pronoun is linked. */
  readonly sentences?: readonly Sentence[];
}

/** Actors of `text` at the article date `published` (ISO or null), sorted by first mention. */
export function extractActors(text: string, published: string | null, options: ActorOptions = {}): Actor[] {
  const ctx = buildContext(text, options.kb ?? defaultKnowledgeBase(), published);
  // KB-backed candidates first; guesses about unknown names may only fill the gaps they leave.
  const known = selectCandidates([...proposeNames(ctx), ...proposeMetonyms(ctx), ...proposeDescriptions(ctx), ...proposeInstitutions(ctx)]);
  const guesses = [
    ...proposeAppositions(ctx),
    ...proposeOrganisations(ctx),
    ...(options.tagger === true ? proposeTaggerEntities(ctx) : []),
  ];
  const first = selectCandidates(guesses, known);
  const named = selectCandidates(resolveCoref(ctx, first), first);
  const all = options.sentences === undefined ? named : selectCandidates(resolvePronouns(ctx, options.sentences, named), named);
  return assembleActors(ctx, all);
}

/** A stage with the given options (e.g. a knowledge base with the user's `--actors` files). */
export function createActorsStage(options: ActorOptions = {}): Stage {
  return {
    id: 'actors',
    run: (input, items) => ({ actors: extractActors(input.text, input.published, { ...options, sentences: items.sentences }) }),
  };
}

export const actorsStage: Stage = createActorsStage();
