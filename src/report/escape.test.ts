import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown, linkHtml, linkMarkdown, safeHttpUrl } from './escape.ts';

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '`${x}`',
  '</style><script>x</script>',
  '<!-- -->',
  '&lt;already&gt;',
];

for (const s of hostile) {
  test(`escapeHtml neutralises ${JSON.stringify(s)}`, () => {
    const out = escapeHtml(s);
    assert.doesNotMatch(out, /[<>"'`]/u);
    assert.doesNotMatch(out, /&(?!amp;|lt;|gt;|quot;|#39;|#96;)/u);
  });
}

test('escapeHtml keeps ordinary text, curly quotes and non-Latin script readable', () => {
  assert.equal(escapeHtml('“It is not us,” Putin said — Київ & Moscow'), '“It is not us,” Putin said — Київ &amp; Moscow');
});

test('escapeHtml drops control characters and replaces lone surrogates', () => {
  assert.equal(escapeHtml('a\u0000b\u001bc\td'), 'abc\td');
  assert.equal(escapeHtml('x\ud800y'), 'x\ufffdy');
  assert.equal(escapeHtml('😀'), '😀');
});

test('escapeHtml output never contains markup characters (property)', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => !/[<>"'`]/u.test(escapeHtml(s))));
});

const urls: readonly [string | null, string | null][] = [
  ['https://news.example/a?b=1&c=2', 'https://news.example/a?b=1&c=2'],
  ['HTTP://News.Example/x', 'http://news.example/x'],
  ['javascript:alert(1)', null],
  ['JaVaScRiPt:alert(1)', null],
  [' javascript:alert(1)', null],
  ['\u0001javascript:alert(1)', null],
  ['data:text/html,<script>alert(1)</script>', null],
  ['vbscript:msgbox', null],
  ['//evil.example/x', null],
  ['/relative/path', null],
  ['data/demo/text/a.txt', null],
  ['http://', null],
  [null, null],
];
for (const [input, expected] of urls) {
  test(`safeHttpUrl(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => assert.equal(safeHttpUrl(input), expected));
}

test('linkHtml emits an href only for http(s), and escapes the label and the URL', () => {
  assert.equal(linkHtml('javascript:alert(1)', '<b>x</b>'), '&lt;b&gt;x&lt;/b&gt;');
  assert.equal(
    linkHtml('https://a.example/?q="><script>', 'ok'),
    '<a href="https://a.example/?q=%22%3E%3Cscript%3E" rel="noopener noreferrer nofollow">ok</a>',
  );
  assert.equal(linkHtml("https://a.example/'x", 'ok'), '<a href="https://a.example/&#39;x" rel="noopener noreferrer nofollow">ok</a>');
});

test('escapeMarkdown neutralises emphasis, links, HTML and line breaks', () => {
  assert.equal(
    escapeMarkdown('*bold* [x](javascript:y) <img>\n# head. 1-2'),
    '\\*bold\\* \\[x\\]\\(javascript:y\\) \\<img\\> \\# head. 1-2',
  );
});

test('linkMarkdown links only http(s) and cannot be broken out of', () => {
  assert.equal(linkMarkdown('javascript:alert(1)', 'x'), 'x');
  assert.equal(linkMarkdown('https://a.example/a b)(', 'x'), '[x](<https://a.example/a%20b%29%28>)');
});

test('escapeMarkdown leaves quotation marks readable', () => {
  assert.equal(escapeMarkdown('he said "no" & left'), 'he said "no" \\& left');
});
