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
}

export function stagesFor(config: StageConfig): readonly Stage[] {
  if (!config.actorFiles || config.actorFiles.length === 0) return defaultStages;
  return createStages({ actors: createActorsStage({ kb: knowledgeBaseWith(config.actorFiles) }) });
}
