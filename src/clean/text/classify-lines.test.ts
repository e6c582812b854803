import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLines, initialClass, isProse } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';
import { THRESHOLDS } from './thresholds.ts';

/** A line with chosen features; the text is filler of the given length. */
function line(fields: Partial<LineFeatures> & { length: number }): LineFeatures {
  return {
    text: fields.text ?? 'x'.repeat(fields.length),
    words: fields.words ?? Math.max(1, Math.round(fields.length / 6)),
    length: fields.length,
    sentenceEnd: fields.sentenceEnd ?? true,
    stopShare: fields.stopShare === undefined ? 0.4 : fields.stopShare,
    boilerplate: fields.boilerplate ?? null,
  };
}

const good = line({ length: 400 });
const bad = line({ length: 10, boilerplate: 'clean/share-buttons' });
const { goodLength, nearLength, minStopShare, headingDistance, standfirstDistance, maxHeadingWords } = THRESHOLDS;

test('initial classes change exactly at the length and stopword thresholds', () => {
  const rows: [string, LineFeatures, string][] = [
    ['at the good length', line({ length: goodLength.value }), 'good'],
    ['one below the good length', line({ length: goodLength.value - 1 }), 'neargood'],
    ['at the near length', line({ length: nearLength.value }), 'neargood'],
    ['one below the near length', line({ length: nearLength.value - 1 }), 'short'],
    ['at the stopword share', line({ length: 300, stopShare: minStopShare.value }), 'good'],
    ['just below the stopword share', line({ length: 300, stopShare: minStopShare.value - 0.001 }), 'bad'],
    ['condemned by the lexicon', line({ length: 300, boilerplate: 'clean/cookie-notice' }), 'bad'],
  ];
  for (const [name, features, expected] of rows) assert.equal(initialClass(features), expected, name);
});

test('in an unknown language prose is recognised by sentence punctuation', () => {
  assert.equal(isProse(line({ length: 200, stopShare: null, sentenceEnd: true })), true);
  assert.equal(isProse(line({ length: 200, stopShare: null, sentenceEnd: false, text: 'a b c d' })), false);
  assert.equal(isProse(line({ length: 200, stopShare: null, sentenceEnd: false, text: 'One. Two three' })), true);
});

test('a short line between prose is kept and between furniture is dropped', () => {
  const short = line({ length: 20, words: 3, sentenceEnd: false });
  assert.equal(classifyLines([good, short, good])[1]?.keep, true);
  assert.equal(classifyLines([bad, short, bad, good])[1]?.rule, 'clean/short-line');
});

test('a sub-heading is kept up to the heading distance from prose on both sides, not beyond', () => {
  const heading = line({ length: 20, words: 3, sentenceEnd: false });
  const gap = (n: number): LineFeatures => line({ length: n, boilerplate: 'clean/advertisement' });
  const within = classifyLines([good, gap(headingDistance.value), heading, good]);
  assert.equal(within[2]?.rule, 'text/heading');
  const beyond = classifyLines([good, gap(headingDistance.value + 1), heading, good]);
  assert.equal(beyond[2]?.keep, false);
});

test('a heading longer than the word limit is not a sub-heading', () => {
  const gap = line({ length: 10, boilerplate: 'clean/advertisement' });
  const atLimit = line({ length: 45, words: maxHeadingWords.value, sentenceEnd: false });
  const overLimit = line({ length: 45, words: maxHeadingWords.value + 1, sentenceEnd: false });
  assert.equal(classifyLines([good, gap, atLimit, good])[2]?.keep, true);
  assert.equal(classifyLines([good, gap, overLimit, good])[2]?.keep, false);
});

test('a near-prose line between furniture is kept only when prose follows within the standfirst distance', () => {
  const dek = line({ length: 90 });
  const stamp = (n: number): LineFeatures => line({ length: n, boilerplate: 'clean/reading-time' });
  assert.equal(classifyLines([bad, dek, stamp(standfirstDistance.value), good])[1]?.keep, true);
  assert.equal(classifyLines([bad, dek, stamp(standfirstDistance.value + 1), good])[1]?.rule, 'clean/isolated-line');
});

test('with no long paragraph at all, near-prose lines are the body', () => {
  const brief = line({ length: 90 });
  assert.equal(classifyLines([bad, brief, bad])[1]?.keep, true);
});
