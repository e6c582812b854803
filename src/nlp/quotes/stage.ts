import type { Stage } from '../stage.ts';
import { extractQuotes } from './index.ts';

/** Reads sentences, actors and times (so it runs after them); fills `quotes`. */
export const quotesStage: Stage = {
  id: 'quotes',
  run: (input, items) => ({ quotes: extractQuotes(input.text, items.sentences, { actors: items.actors, times: items.times }) }),
};
