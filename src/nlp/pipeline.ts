/**
 * THE order of the NLP stages. Nothing else decides it: moving a stage is a one-line change here.
 * Later stages read what earlier ones produced (quotes need actors and times; events need all).
 */
import type { NlpInput, NlpItems, Stage } from './stage.ts';
import { sentencesStage } from './sentences/stage.ts';
import { timesStage } from './time/stage.ts';
import { actorsStage } from './actors/stage.ts';
import { quotesStage } from './quotes/stage.ts';
import { eventsStage } from './events/stage.ts';

/** Stages that callers may replace with a configured instance (e.g. actors with user files). */
export interface StageOverrides {
  readonly actors?: Stage;
}

/** The stage list in its fixed order, with any configured replacements in their places. */
export function createStages(overrides: StageOverrides = {}): readonly Stage[] {
  return Object.freeze([sentencesStage, overrides.actors ?? actorsStage, timesStage, quotesStage, eventsStage]);
}

export const defaultStages: readonly Stage[] = createStages();

const EMPTY: NlpItems = Object.freeze({ sentences: [], actors: [], quotes: [], times: [], events: [], diagnostics: [] });

/** Runs the stages in order; each one's output is merged into the items the next one sees. */
export function runPipeline(input: NlpInput, stages: readonly Stage[] = defaultStages): NlpItems {
  let items = EMPTY;
  for (const stage of stages) {
    const produced = stage.run(input, items);
    items = {
      ...items,
      ...produced,
      diagnostics: produced.diagnostics ? [...items.diagnostics, ...produced.diagnostics] : items.diagnostics,
    };
  }
  return items;
}
