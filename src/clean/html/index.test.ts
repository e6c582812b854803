import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanHtml, HTML_EXTRACTION, HTML_FALLBACK_EXTRACTION } from './index.ts';
import { ARTICLE_PARAGRAPHS, newsPage } from './fixture.test-helper.ts';
import { MAX_BLOCK_DEPTH } from './blocks.ts';

test('cleans a news page to its article, with the title and the method recorded', () => {
  const result = cleanHtml(newsPage(), { url: 'https://news.example/pier' });
  assert.deepEqual(result.paragraphs, ARTICLE_PARAGRAPHS);
  assert.equal(result.title, 'Pier closed for repairs');
  assert.equal(result.extraction, HTML_EXTRACTION);
  assert.deepEqual(result.diagnostics, []);
});

test('keeps a repeated paragraph once and reports the copy', () => {
  const repeated = ARTICLE_PARAGRAPHS[1] ?? '';
  const result = cleanHtml(newsPage({ insideArticle: `<p>${repeated}</p>` }));
  assert.deepEqual(result.paragraphs, ARTICLE_PARAGRAPHS);
  assert.ok(result.removed.some((r) => r.reason === 'clean/repeated-paragraph' && r.text === repeated));
});

test('falls back to the visible text, with a diagnostic, when no article is found', () => {
  const result = cleanHtml('<html><body><div>Home</div><div>Contact</div></body></html>', { url: 'https://x.example/' });
  assert.equal(result.extraction, HTML_FALLBACK_EXTRACTION);
  assert.deepEqual(result.paragraphs, ['Home', 'Contact']);
  assert.equal(result.diagnostics[0]?.ruleId, 'clean/html-no-article');
  assert.equal(result.diagnostics[0]?.fatal, false);
  assert.equal(result.diagnostics[0]?.file, 'https://x.example/');
  assert.match(result.diagnostics[0]?.reason ?? '', /^Unexpected .*, expected /);
});

test('a page with no visible text gives a fatal diagnostic and no paragraphs', () => {
  for (const html of ['', '<html><head><script>x()</script></head><body></body></html>', '<!-- only a comment -->']) {
    const result = cleanHtml(html);
    assert.deepEqual(result.paragraphs, [], html);
    assert.equal(result.diagnostics[0]?.ruleId, 'clean/html-no-text', html);
    assert.equal(result.diagnostics[0]?.fatal, true, html);
  }
});

test('survives HTML without <html>, <head> or <body>', () => {
  assert.deepEqual(cleanHtml(ARTICLE_PARAGRAPHS.map((p) => `<p>${p}`).join('')).paragraphs, ARTICLE_PARAGRAPHS);
  assert.deepEqual(cleanHtml('just some bare text').paragraphs, ['just some bare text']);
});

test('survives 10,000 levels of nesting', () => {
  const depth = 10_000;
  const html = `${'<div>'.repeat(depth)}<p>${ARTICLE_PARAGRAPHS[0]}</p>${'</div>'.repeat(depth)}`;
  assert.deepEqual(cleanHtml(html).paragraphs, [ARTICLE_PARAGRAPHS[0]]);
});

test('keeps the text of every level of a deep tree, reading blocks past the depth cap as inline', () => {
  const depth = 10_000;
  const html = Array.from({ length: depth }, (_, i) => `<div>level${i} of a page nested far too deep for any real site.`).join('');
  const text = cleanHtml(html).paragraphs.join(' ');
  for (const i of [0, MAX_BLOCK_DEPTH - 1, MAX_BLOCK_DEPTH, depth - 1]) assert.ok(text.includes(`level${i} `), `level${i}`);
});

test('survives a huge page', () => {
  const paragraphs = Array.from(
    { length: 20_000 },
    (_, i) => `Paragraph number ${i} of a very long report, with enough words to count as prose.`,
  );
  const result = cleanHtml(`<html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  assert.equal(result.paragraphs.length, paragraphs.length);
});

test('never throws on arbitrary input, and every paragraph is trimmed, non-empty and has no blank line', () => {
  const tag = fc.constantFrom(
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<a href="x">',
    '</a>',
    '<br>',
    '<script>',
    '</script>',
    '<li>',
    '<h1>',
    '<',
    '>',
    '&amp;',
    '&#x0;',
  );
  const html = fc.array(fc.oneof(tag, fc.string()), { maxLength: 60 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(html, (input) => {
      const result = cleanHtml(input);
      for (const p of result.paragraphs) {
        assert.equal(p, p.trim());
        assert.notEqual(p, '');
        assert.ok(!/\n\s*\n/.test(p));
      }
    }),
    { numRuns: 300 },
  );
});
