/**
 * Builds the NLP stage list for a run from user configuration, so interfaces never assemble
 * stages themselves. Today: extra actor files (`--actors FILE`) merged into the knowledge base.
 */
import { createActorsStage } from '../nlp/actors/stage.ts';
import { knowledgeBaseWith } from '../nlp/actors/kb/load.ts';
import { createStages, defaultStages } from '../nlp/pipeline.ts';
import type { Stage } from '../nlp/stage.ts';

export interface StageConfig {
  /** Files of extra actors in the knowledge-base format (data/actors/README.md). */
  readonly actorFiles?: readonly string[];
  /** Also tag names the knowledge base lacks with the statistical NER model (slower; docs/decisions.md §10). */
  readonly tagger?: boolean;
}

export function stagesFor(config: StageConfig): readonly Stage[] {
  const files = config.actorFiles ?? [];
  if (files.length === 0 && config.tagger !== true) return defaultStages;
  return createStages({
    actors: createActorsStage({
      ...(files.length > 0 ? { kb: knowledgeBaseWith(files) } : {}),
      ...(config.tagger === true ? { tagger: true } : {}),
    }),
  });
}
