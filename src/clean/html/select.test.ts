import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBlocks } from './blocks.ts';
import { parseHtml, type DomParent } from './dom.ts';
import { selectContainer } from './select.ts';
import { BLOCK_WEIGHTS } from './thresholds.ts';

let serial = 0;
/** A paragraph of n characters, different from every other one (identical texts weigh nothing). */
const prose = (n: number, letter = 'a') => {
  const tag = String(serial++);
  return `<p>${tag}${letter.repeat(n - tag.length)}</p>`;
};

function container(html: string): DomParent | null {
  return selectContainer(segmentBlocks(parseHtml(html)))?.container ?? null;
}

const idOf = (node: DomParent | null) => (node !== null && 'attribs' in node ? node.attribs.id : undefined);

test('the container is the deepest element around the paragraphs', () => {
  assert.equal(idOf(container(`<body><div id="wrap"><div id="story">${prose(200)}${prose(200)}</div></div></body>`)), 'story');
});

test('a second run of prose joins the container only when it outweighs the decay', () => {
  const { levelDecay } = BLOCK_WEIGHTS;
  // #page gains 1000·d from #main, which branches, and all x of #other, which does not: it wins when 1000·d + x > 1000.
  const page = (other: number) =>
    `<body><div id="page"><div id="main">${prose(500)}${prose(500)}</div><div id="other">${prose(other, 'b')}</div></div></body>`;
  const joinsAbove = Math.round(1000 * (1 - levelDecay));
  assert.equal(idOf(container(page(joinsAbove - 5))), 'main');
  assert.equal(idOf(container(page(joinsAbove + 5))), 'page');
});

test('text that also sits in the page furniture weighs nothing anywhere', () => {
  const ticker = `<ul id="ticker"><li>${'t'.repeat(300)}</li></ul>`;
  const html = `<body>${ticker}<div id="story">${prose(150)}${prose(150)}</div><footer>${ticker}</footer></body>`;
  assert.equal(idOf(container(html)), 'story');
});

test('an article printed twice still weighs as one article', () => {
  const article = `${prose(200)}${prose(200)}`;
  const html = `<body><div id="first">${article}</div><div id="second">${article}</div><nav><a href="/">${'n'.repeat(300)}</a></nav></body>`;
  assert.equal(idOf(container(html)), 'first');
});

test('prose under furniture counts against a container, except inside a blockquote', () => {
  const html = (inner: string) => `<body><div id="story">${prose(300)}<div class="social-embed">${inner}</div></div></body>`;
  const result = selectContainer(segmentBlocks(parseHtml(html(`${prose(100, 'q')}<blockquote>${prose(100, 'r')}</blockquote>`))));
  assert.ok(result);
  assert.deepEqual(
    result.hinted.map((h) => h?.hint.id ?? null),
    [null, 'clean/share-buttons', null],
  );
});

test('a paragraph is never the container: one long paragraph among short ones takes its parent', () => {
  const shorts = Array.from({ length: 12 }, (_, i) => `<p>Short line ${i}.</p>`).join('');
  assert.equal(idOf(container(`<body><div id="story">${prose(400)}${shorts}</div></body>`)), 'story');
});

test('a page with only furniture has no container', () => {
  assert.equal(container('<body><nav><a href="/">Home</a></nav><div>Menu</div></body>'), null);
});
