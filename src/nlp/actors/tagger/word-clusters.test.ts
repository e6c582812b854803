import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clustersToData, WordClusters } from './word-clusters.ts';

test('classes survive packing, and headline or lowercase forms find the written form', () => {
  const map = new Map([
    ['Germany', [3, 300]],
    ['said', [1, 17]],
  ]);
  const clusters = new WordClusters(clustersToData(map, [64, 512]));
  assert.equal(clusters.lookup('Germany'), 300 * 1024 + 3);
  assert.equal(clusters.lookup('GERMANY'), 300 * 1024 + 3);
  assert.equal(clusters.lookup('Said'), 17 * 1024 + 1);
  assert.equal(clusters.lookup('Atlantis'), -1);
});
