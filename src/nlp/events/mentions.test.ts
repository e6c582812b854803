import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCountryNames } from './fallback-actors.ts';
import { nonStateGroup, sentenceMentions } from './mentions.ts';
import { tagSentence } from './tokens.ts';

const mentionsOf = (text: string) => {
  const tokens = tagSentence(text, 0, text.length);
  return { tokens, mentions: sentenceMentions(tokens, []) };
};

test('a name hyphenated to a participle of association modifies the noun after it, it does not act', () => {
  const { mentions } = mentionsOf('The Iran-backed rebels attacked Iraqi troops.');
  assert.deepEqual(
    mentions.map((m) => m.ref.country),
    [null, 'IRQ'],
  );
  // "-led" forces are that side's own.
  assert.equal(mentionsOf('Vietnamese-led forces attacked the camp.').mentions[0]?.ref.country, 'VNM');
});

test('non-state group nouns in a mention mark a domestic actor apart from its state', () => {
  const { tokens, mentions } = mentionsOf('Syrian rebels met the Syrian government.');
  assert.deepEqual(
    mentions.map((m) => nonStateGroup(tokens, m)),
    [true, false],
  );
});

test('the Islamic State’s names are an international militarized group (IMG) in the fallback gazetteer', () => {
  for (const name of ['ISIL', 'ISIS', 'Islamic State', 'Daesh']) {
    const tokens = tagSentence(`${name} attacked the town.`, 0, name.length + 18);
    assert.equal(findCountryNames(tokens)[0]?.country, 'IMG', name);
  }
});
