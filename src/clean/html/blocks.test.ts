import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHidden, segmentBlocks } from './blocks.ts';
import { findFirst, parseHtml } from './dom.ts';

const texts = (html: string): string[] => segmentBlocks(parseHtml(html)).map((b) => b.text);

test('block elements and <br> end a block, inline elements join it', () => {
  assert.deepEqual(texts('<body><p>One <em>two</em> three</p><div>Four<br>five</div><ul><li>six</li></ul></body>'), [
    'One two three',
    'Four',
    'five',
    'six',
  ]);
});

test('scripts, styles, forms controls and hidden elements show no text', () => {
  const html = `<body><p>kept</p><script>var x = 1;</script><style>p{}</style><noscript>enable js</noscript>
    <button>Share</button><div hidden>a</div><div aria-hidden="true">b</div><div style="color:red; display: none">c</div></body>`;
  assert.deepEqual(texts(html), ['kept']);
});

test('a block counts the characters that sit inside links', () => {
  const [block] = segmentBlocks(parseHtml('<p>Read <a href="/x">the full report</a> now</p>'));
  assert.equal(block?.text, 'Read the full report now');
  assert.equal(block?.linkChars, 'the full report'.length);
});

test('white space, including no-break spaces, is collapsed', () => {
  assert.deepEqual(texts('<p>  a\u00a0\u00a0b \n\t c </p>'), ['a b c']);
});

test('isHidden reads the hidden attribute, aria-hidden and inline display or visibility', () => {
  const cases: [string, boolean][] = [
    ['<div hidden></div>', true],
    ['<div aria-hidden="true"></div>', true],
    ['<div aria-hidden="false"></div>', false],
    ['<div style="display:none"></div>', true],
    ['<div style="visibility: hidden"></div>', true],
    ['<div style="display:block"></div>', false],
    ['<div style="max-display:none-ish"></div>', false],
  ];
  for (const [html, hidden] of cases) {
    const element = findFirst(parseHtml(html), new Set(['div']));
    assert.ok(element);
    assert.equal(isHidden(element), hidden, html);
  }
});
