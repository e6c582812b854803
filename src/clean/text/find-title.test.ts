import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTitle } from './find-title.ts';
import { lineFeatures } from './line-features.ts';
import { STOPWORD_LISTS } from './stopwords.ts';
import { THRESHOLDS } from './thresholds.ts';

const english = STOPWORD_LISTS[0] ?? null;
const PROSE =
  'The talks ended on Friday without an agreement, and both delegations said they would report to their governments before deciding whether to meet again next month.';
const find = (lines: string[]): ReturnType<typeof findTitle> => findTitle(lines.map((l) => lineFeatures(l, english)));

test('the first headline-shaped line before the prose is the title', () => {
  assert.equal(find(['World', 'Ceasefire Talks End Without a Deal', PROSE])?.title, 'Ceasefire Talks End Without a Deal');
});

test('a page title with the site name gives the clean headline when the page repeats it', () => {
  const found = find(['Ceasefire Talks End Without a Deal - Example News', 'Ceasefire Talks End Without a Deal', PROSE]);
  assert.equal(found?.title, 'Ceasefire Talks End Without a Deal');
  assert.equal(found?.index, 0);
  assert.equal(found?.keys.size, 2);
});

test('prose, captions, furniture and menu rows are not titles', () => {
  assert.equal(find([PROSE]), null);
  assert.equal(find(['Delegates arrive for the talks. Photo: Agency / Person', PROSE]), null);
  assert.equal(find(['Home | World', 'Sign In', PROSE]), null);
});

test('the title word limits are inclusive', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `Word${i}`).join(' ');
  assert.equal(find([words(THRESHOLDS.minTitleWords.value), PROSE])?.index, 0);
  assert.equal(find([words(THRESHOLDS.minTitleWords.value - 1), PROSE]), null);
  assert.equal(find([words(THRESHOLDS.maxTitleWords.value), PROSE])?.index, 0);
  assert.equal(find([words(THRESHOLDS.maxTitleWords.value + 1), PROSE]), null);
});
