import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSentence } from '../decode.ts';
import { prepareSentence } from '../features.ts';
import { Gazetteer } from '../gazetteer.ts';
import { modelFromFile, modelToFile, type NerModelFile } from '../model-file.ts';
import { encodeTags, iob2Of } from '../tags.ts';
import { WeightTable } from '../weight-table.ts';
import { AveragedPerceptron } from './perceptron.ts';
import { documentOrder, prepareForTraining, trainEpoch } from './train.ts';

const none = { PER: [], ORG: [], LOC: [], MISC: [] };
const lexicons = { gazetteer: new Gazetteer({ conll: none, facts: none }), clusters: null };

// A toy language: a capitalised word after "minister" is a person, after "in" a place.
const examples: [string[], string[]][] = [
  [
    ['the', 'minister', 'Abel', 'spoke', 'in', 'Oslo'],
    ['O', 'O', 'B-PER', 'O', 'O', 'B-LOC'],
  ],
  [
    ['minister', 'Berit', 'Dahl', 'stayed', 'in', 'Bergen'],
    ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC'],
  ],
  [
    ['in', 'Tromsø', 'the', 'minister', 'Carl', 'waited'],
    ['O', 'B-LOC', 'O', 'O', 'B-PER', 'O'],
  ],
];

test('the structured perceptron fits a toy tagging task, and a saved model tags as the trained one', () => {
  const data = examples.map(([tokens, tags], i) => prepareForTraining(prepareSentence(tokens, lexicons), encodeTags(tags), i));
  const perceptron = new AveragedPerceptron();
  for (let epoch = 0; epoch < 10; epoch++) trainEpoch(perceptron, data, documentOrder(data, epoch));
  const { keys, weights } = perceptron.averaged();
  const table = new WeightTable(keys, weights);
  for (const [tokens, tags] of examples) {
    assert.deepEqual(iob2Of(decodeSentence(table, prepareSentence(tokens, lexicons), 1).tags), tags);
  }
  const unseen = ['minister', 'Dora', 'arrived', 'in', 'Narvik'];
  const file = JSON.parse(JSON.stringify(modelToFile(keys, weights, { conll: none, facts: none }, null, 1, {}))) as NerModelFile;
  const loaded = modelFromFile(file);
  assert.deepEqual(
    iob2Of(decodeSentence(loaded.weights, prepareSentence(unseen, loaded), 1).tags),
    iob2Of(decodeSentence(table, prepareSentence(unseen, lexicons), 1).tags),
  );
});
