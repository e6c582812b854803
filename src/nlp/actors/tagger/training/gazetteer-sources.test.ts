import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addConllEntities, addPhoenixActors, addRuwaNames, emptyLists, gazetteerKey } from './gazetteer-sources.ts';

// A made-up dictionary in the TABARI actor-file layout.
const countries = [
  '# comment line',
  'RURITANIA_  [RUR]',
  '+STRELSAU_',
  'RUDOLF_RASSENDYLL_  # invented',
  '\t[RURGOV 940101-960101]',
  'RURITANIAN_ARMY_',
  '\t[RURMIL]',
].join('\n');

test('Phoenix country entries become places, dated actors people, with surnames', () => {
  const lists = emptyLists();
  addPhoenixActors(countries, 'countries', lists);
  assert.deepEqual([...lists.LOC].sort(), ['ruritania', 'strelsau']);
  assert.deepEqual([...lists.PER].sort(), ['rassendyll', 'rudolf rassendyll']);
  assert.equal(lists.ORG.size, 0);
});

test('international entries without dates are organisations; parentheses are dropped', () => {
  const lists = emptyLists();
  addPhoenixActors('GRAUSTARK_LIBERATION_FRONT_(GLF)_ [RURREB]\n+GLF_\n', 'nonstate', lists);
  assert.deepEqual([...lists.ORG].sort(), ['glf', 'graustark liberation front']);
});

test('RUWA variants and CoNLL entities are added by type, CoNLL-tokenised and lowercased', () => {
  const lists = emptyLists();
  addRuwaNames({ variants: { '0': ["Sean O'Casey", 'Sean OCasey'] } }, lists);
  addConllEntities([{ tokens: ['U.S.', 'Treasury', 'said'], tags: ['B-ORG', 'I-ORG', 'O'], doc: 0 }], lists);
  assert.ok(lists.PER.has("sean o'casey"));
  assert.ok(lists.ORG.has('u.s. treasury'));
  assert.equal(gazetteerKey('St. Petersburg'), 'st. petersburg');
});
