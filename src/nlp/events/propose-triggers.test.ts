import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLexicon } from './lexicon.ts';
import { proposeTriggers } from './propose-triggers.ts';
import { tagSentence } from './tokens.ts';

const hits = (text: string) => proposeTriggers(tagSentence(text, 0, text.length), defaultLexicon());

test('a participle tagged as an adjective is a verb when it takes a that-clause', () => {
  const alleged = hits('A dossier published in the Chilean capital alleged that Peru had attacked Bolivia.').find(
    (h) => h.record.id === 'accuse-accuse',
  );
  assert.equal(alleged?.nominal, false);
});

test('a word tagged as an adjective right after a modal or "to" is a verb', () => {
  const freed = hits('Chile announced it would free 40 Peruvian prisoners.').find((h) => h.record.id === 'retreat-release');
  assert.ok(freed);
  assert.equal(freed.nominal, false);
});
