/**
 * The event stage: runs last, after sentences, actors, quotes and times (pipeline.ts), and codes
 * the article's events from what they produced.
 */
import type { Stage } from '../stage.ts';
import { extractEvents } from './index.ts';

export const eventsStage: Stage = {
  id: 'events',
  run: (input, items) => ({
    events: extractEvents(input.text, items.sentences, {
      actors: items.actors,
      quotes: items.quotes,
      times: items.times,
      published: input.published,
    }),
  }),
};
