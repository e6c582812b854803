/** Statistical named-entity tagger (PER/ORG/LOC/MISC) trained on CoNLL-2003. See README in data/models. */
export { tagDocument, tagEntities, tagTokens } from './tag-entities.ts';
export { defaultNerModel } from './load-model.ts';
export { modelFromFile, type NerModel, type NerModelFile } from './model-file.ts';
export { tokenizeSentences, type Token } from './tokenize.ts';
export type { EntitySpan, EntityType, TagOptions } from './types.ts';
