import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NEAR_DUPLICATE_SETTINGS,
  countShingleWords,
  estimateJaccard,
  isLongEnoughToCompare,
  isNearDuplicate,
  lshBandKeys,
  minhashSignature,
} from './near-duplicates.ts';
import { SAME_STORY, SYNDICATED, WIRE } from '../../test/helpers/syndication-fixtures.ts';

test('a syndicated copy with a new intro line and an outlet footer is a near-duplicate', () => {
  const similarity = estimateJaccard(minhashSignature(WIRE), minhashSignature(SYNDICATED));
  assert.ok(similarity >= 0.7, `similarity ${similarity}`);
  assert.equal(isNearDuplicate(similarity), true);
});

test('two separately written reports of the same event are not near-duplicates', () => {
  const similarity = estimateJaccard(minhashSignature(WIRE), minhashSignature(SAME_STORY));
  assert.ok(similarity < 0.15, `similarity ${similarity}`);
  assert.equal(isNearDuplicate(similarity), false);
});

test('a copy trimmed to its first half is still a near-duplicate, as the threshold reason says', () => {
  const words = WIRE.split(' ');
  const firstHalf = words.slice(0, Math.ceil(words.length * 0.55)).join(' ');
  const similarity = estimateJaccard(minhashSignature(WIRE), minhashSignature(firstHalf));
  assert.ok(isNearDuplicate(similarity), `similarity ${similarity}`);
});

test('the threshold is inclusive at its edge and exclusive just below it', () => {
  const threshold = NEAR_DUPLICATE_SETTINGS.threshold.value;
  assert.equal(isNearDuplicate(threshold), true);
  assert.equal(isNearDuplicate(threshold - 1 / NEAR_DUPLICATE_SETTINGS.hashes.value), false);
});

test('the same text gives the same signature, and case and punctuation do not matter', () => {
  const a = minhashSignature(WIRE);
  assert.deepEqual(a, minhashSignature(WIRE));
  assert.equal(estimateJaccard(a, minhashSignature(WIRE.toUpperCase().replaceAll(',', ' ;'))), 1);
});

test('a signature has one value per hash and one band key per band', () => {
  const signature = minhashSignature(WIRE);
  assert.equal(signature.length, NEAR_DUPLICATE_SETTINGS.hashes.value);
  const keys = lshBandKeys(signature);
  assert.equal(keys.length, NEAR_DUPLICATE_SETTINGS.bands.value);
  assert.equal(new Set(keys).size, keys.length);
  const rows = NEAR_DUPLICATE_SETTINGS.hashes.value / NEAR_DUPLICATE_SETTINGS.bands.value;
  assert.ok(Number.isInteger(rows));
  assert.match(keys[0] ?? '', new RegExp(`^0:[0-9a-f]{${8 * rows}}$`));
});

test('identical texts share every band key and unrelated texts share none', () => {
  const wire = new Set(lshBandKeys(minhashSignature(WIRE)));
  assert.ok(lshBandKeys(minhashSignature(SYNDICATED)).some((key) => wire.has(key)));
  const unrelated = 'Markets rose in early trading as investors weighed new figures on factory output and '.repeat(3);
  assert.equal(lshBandKeys(minhashSignature(unrelated)).filter((key) => wire.has(key)).length, 0);
});

test('empty and very short texts still get a full signature', () => {
  assert.equal(minhashSignature('').length, NEAR_DUPLICATE_SETTINGS.hashes.value);
  assert.equal(estimateJaccard(minhashSignature('two words'), minhashSignature('two words')), 1);
  assert.equal(countShingleWords('Hello, world: 2024!'), 3);
});

test('comparing signatures of different lengths is a programmer error', () => {
  assert.throws(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8)), RangeError);
});

test('texts are compared from the minimum word count up, not below it', () => {
  const min = NEAR_DUPLICATE_SETTINGS.minWords.value;
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  assert.equal(isLongEnoughToCompare(words(min - 1)), false);
  assert.equal(isLongEnoughToCompare(words(min)), true);
});
