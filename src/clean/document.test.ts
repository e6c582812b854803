import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CleanResult } from '../core/clean-result.ts';
import { articleId } from '../core/hash.ts';
import { buildDocument, normaliseParagraphs, PARAGRAPH_SEPARATOR } from './document.ts';

function clean(paragraphs: string[]): CleanResult {
  return {
    title: 'T',
    byline: null,
    source: null,
    published: null,
    publishedFrom: 'meta',
    language: null,
    paragraphs,
    removed: [],
    extraction: 'text/lines',
    diagnostics: [],
  };
}

test('paragraphs are joined by one blank line and each span slices back to its paragraph', () => {
  const doc = buildDocument({ uri: 'a.txt', clean: clean(['First one.', 'Second, “quoted” — with 🙂 emoji.', 'Third.']) });
  assert.equal(doc.text, 'First one.\n\nSecond, “quoted” — with 🙂 emoji.\n\nThird.');
  assert.deepEqual(
    doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)),
    ['First one.', 'Second, “quoted” — with 🙂 emoji.', 'Third.'],
  );
  assert.equal(doc.id, articleId(doc.text));
});

test('publishedFrom is dropped when there is no date to explain', () => {
  assert.equal(buildDocument({ uri: null, clean: clean(['x']) }).publishedFrom, null);
});

test('blank lines inside a paragraph are folded so the separator stays unambiguous', () => {
  assert.deepEqual(normaliseParagraphs(['a\n\n\nb', '  ', ' c \n d ']), ['a\nb', 'c\n d']);
});

test('for any paragraphs, spans lie inside the text, in order, and never cross a separator', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 12 }), (paragraphs) => {
      const doc = buildDocument({ uri: null, clean: clean(paragraphs) });
      let previousEnd = -PARAGRAPH_SEPARATOR.length;
      for (const span of doc.paragraphs) {
        assert.ok(span.start === previousEnd + PARAGRAPH_SEPARATOR.length);
        assert.ok(span.end > span.start && span.end <= doc.text.length);
        assert.ok(!doc.text.slice(span.start, span.end).includes(PARAGRAPH_SEPARATOR));
        previousEnd = span.end;
      }
      assert.equal(doc.paragraphs.length === 0, doc.text === '');
    }),
  );
});
