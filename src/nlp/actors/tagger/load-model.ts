/**
 * The one file read of the tagger: data/models/ner-conll.json, parsed once on first use (~0.3 s).
 * Everything else in the tagger is pure and takes the model as data.
 */
import { readFileSync } from 'node:fs';
import { modelFromFile, type NerModel, type NerModelFile } from './model-file.ts';

const MODEL_URL = new URL('../../../../data/models/ner-conll.json', import.meta.url);

let model: NerModel | null = null;

/** The shipped CoNLL-2003 model (loaded on first call, then shared). */
export function defaultNerModel(): NerModel {
  model ??= modelFromFile(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as NerModelFile);
  return model;
}
