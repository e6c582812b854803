import type { Stage } from '../stage.ts';
import { extractTimes } from './index.ts';

/** Time expressions, resolved against the article's date (never the clock). */
export const timesStage: Stage = {
  id: 'times',
  run: (input, items) => ({ times: extractTimes(input.text, items.sentences, { published: input.published }) }),
};
