import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, listIndex, type GazetteerData } from './gazetteer.ts';

const empty = { PER: [], ORG: [], LOC: [], MISC: [] };

test('every match labels its first token B and the rest I, per list, ignoring case', () => {
  const data: GazetteerData = { conll: { ...empty, LOC: ['new york'] }, facts: { ...empty, ORG: ['new york stock exchange'] } };
  const gazetteer = new Gazetteer(data);
  const { begins, inside } = gazetteer.label(['the', 'new', 'york', 'stock', 'exchange']);
  const loc = 1 << listIndex('conll', 'LOC');
  const org = 1 << listIndex('facts', 'ORG');
  assert.deepEqual(Array.from(begins), [0, loc | org, 0, 0, 0]);
  assert.deepEqual(Array.from(inside), [0, 0, loc | org, org, org]);
});

test('a sentence with no known first token gets no labels', () => {
  const gazetteer = new Gazetteer({ conll: { ...empty, PER: ["o'brien"] }, facts: empty });
  assert.deepEqual(Array.from(gazetteer.label(['nothing', 'here']).begins), [0, 0]);
});
