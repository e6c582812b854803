import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBlocks } from './blocks.ts';
import { parseHtml } from './dom.ts';
import { BLOCK_WEIGHTS } from './thresholds.ts';
import { linkDensity, proseWeight } from './weights.ts';

const block = (html: string) => {
  const [first] = segmentBlocks(parseHtml(html));
  assert.ok(first, html);
  return first;
};

test('a prose block weighs its characters outside links', () => {
  assert.equal(proseWeight(block(`<p>${'a'.repeat(60)}<a href="/">${'b'.repeat(20)}</a></p>`)), 60);
});

test('a line shorter than the short-line threshold costs the short-line penalty, one at the threshold counts', () => {
  const { shortLine, shortLinePenalty } = BLOCK_WEIGHTS;
  assert.equal(proseWeight(block(`<div>${'a'.repeat(shortLine - 1)}</div>`)), -shortLinePenalty);
  assert.equal(proseWeight(block(`<div>${'a'.repeat(shortLine)}</div>`)), shortLine);
});

test('short table cells are data and weigh nothing', () => {
  assert.equal(proseWeight(block('<table><tr><td>42</td></tr></table>')), 0);
});

test('a link list counts against its container, a link-heavy paragraph is neutral', () => {
  const links = `<a href="/1">${'x'.repeat(50)}</a>`;
  assert.equal(linkDensity(block(`<li>${links}</li>`)), 1);
  assert.equal(proseWeight(block(`<li>${links}</li>`)), -50);
  assert.equal(proseWeight(block(`<p>${links}</p>`)), 0);
});
