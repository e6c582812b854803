import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTSIDE_ARTICLE_RULE, keepArticleZone } from './article-zone.ts';
import type { LineVerdict } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';
import { THRESHOLDS } from './thresholds.ts';

interface Row {
  length: number;
  keep: boolean;
  rule?: string;
}

function run(rows: readonly Row[], anchor: number | null = null): boolean[] {
  const lines: LineFeatures[] = rows.map((r) => ({
    text: 'x',
    words: 1,
    length: r.length,
    sentenceEnd: true,
    stopShare: 0.4,
    boilerplate: null,
  }));
  const verdicts: LineVerdict[] = rows.map((r) => ({ keep: r.keep, rule: r.rule ?? (r.keep ? 'text/prose' : 'clean/short-line') }));
  return keepArticleZone(lines, verdicts, anchor).map((v) => v.keep);
}

const prose = (length: number): Row => ({ length, keep: true });
const drop = (length: number, rule = 'clean/short-line'): Row => ({ length, keep: false, rule });
const { zoneGapChars, zoneKeepShare, anchoredMinProse } = THRESHOLDS;

test('prose separated by no more than the gap stays in one region', () => {
  assert.deepEqual(run([prose(1000), drop(zoneGapChars.value), prose(100)]), [true, false, true]);
});

test('prose beyond the gap is a separate region, dropped when under the keep share of the main one', () => {
  const small = Math.floor(1000 * zoneKeepShare.value) - 1;
  assert.deepEqual(run([prose(1000), drop(zoneGapChars.value + 1), prose(small)]), [true, false, false]);
});

test('a separate region at the keep share of the main one is kept', () => {
  const enough = Math.ceil(1000 * zoneKeepShare.value);
  assert.deepEqual(run([prose(1000), drop(zoneGapChars.value + 1), prose(enough)]), [true, false, true]);
});

test('a comments heading ends the region however short the gap', () => {
  assert.deepEqual(run([prose(1000), drop(5, 'clean/comments'), prose(300)]), [true, false, false]);
});

test('below the on-page headline the first region with enough prose is the story', () => {
  const teasers = [prose(2000), drop(zoneGapChars.value + 1)];
  const story = [drop(10, 'clean/title-repeat'), prose(anchoredMinProse.value)];
  assert.deepEqual(run([...teasers, ...story], 2), [false, false, false, true]);
});

test('a region under the anchored minimum does not claim the story', () => {
  const rows = [drop(10, 'clean/title-repeat'), prose(anchoredMinProse.value - 1), drop(zoneGapChars.value + 1), prose(2000)];
  assert.deepEqual(run(rows, 0), [false, false, false, true]);
});

test('a lone kept line is its own outside-article drop when it is far from the story', () => {
  const lines: LineFeatures[] = [400, 5000, 10].map((length) => ({
    text: 'x',
    words: 1,
    length,
    sentenceEnd: true,
    stopShare: 0.4,
    boilerplate: null,
  }));
  const verdicts: LineVerdict[] = [
    { keep: true, rule: 'text/prose' },
    { keep: false, rule: 'clean/short-line' },
    { keep: true, rule: 'text/heading' },
  ];
  assert.equal(keepArticleZone(lines, verdicts)[2]?.rule, OUTSIDE_ARTICLE_RULE);
});

test('below a full paragraph of story, a comment-thread opener drops everything after it', () => {
  const rows = [prose(anchoredMinProse.value), drop(20, 'clean/comments'), prose(5000), drop(10, 'clean/comment-meta'), prose(900)];
  assert.deepEqual(run(rows), [true, false, false, false, false]);
});

test('a comment counter above the story does not open the thread', () => {
  const rows = [drop(20, 'clean/comments'), prose(anchoredMinProse.value + 100)];
  assert.deepEqual(run(rows), [false, true]);
});

test('the on-page headline splits the story from a teaser block right above it', () => {
  const rows = [prose(3000), drop(10, 'clean/title-repeat'), prose(anchoredMinProse.value)];
  assert.deepEqual(run(rows, 1), [false, false, true]);
});
