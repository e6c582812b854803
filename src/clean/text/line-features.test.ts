import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineFeatures, weightedLength } from './line-features.ts';
import { THRESHOLDS } from './thresholds.ts';

test('shape rules condemn lines with no letters, bare URLs and bare dates', () => {
  const rows: [string, string | null][] = [
    ['* * *', 'clean/no-words'],
    ['https://example.org/a/b', 'clean/url-line'],
    ['April 02, 2022', 'clean/date-line'],
    ['Tuesday, November 19, 2019 08:38 AM', 'clean/date-line'],
    ['19 November 2019', 'clean/date-line'],
    ['On April 2, 2022 the talks resumed.', null],
  ];
  for (const [text, rule] of rows) assert.equal(lineFeatures(text, null).boilerplate, rule, text);
});

test('CJK characters count the configured weight toward length', () => {
  assert.equal(weightedLength('平和'), 2 * THRESHOLDS.cjkWeight.value);
  assert.equal(weightedLength('ab'), 2);
});

test('sentence ends allow closing quotes and brackets after the stop', () => {
  assert.equal(lineFeatures('He said “enough.”', null).sentenceEnd, true);
  assert.equal(lineFeatures('(The writer is a fellow.)', null).sentenceEnd, true);
  assert.equal(lineFeatures('Severe Sanctions', null).sentenceEnd, false);
});

test('without a stoplist the stopword share is unknown', () => {
  assert.equal(lineFeatures('Any text here', null).stopShare, null);
});
