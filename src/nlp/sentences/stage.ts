import type { Stage } from '../stage.ts';
import { splitSentences } from './split.ts';

export const sentencesStage: Stage = {
  id: 'sentences',
  run: (input) => ({ sentences: splitSentences(input.text, input.paragraphs) }),
};
