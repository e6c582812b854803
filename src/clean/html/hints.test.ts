import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOILERPLATE_HINTS, boilerplateHint, hintWords } from './hints.ts';
import { findFirst, parseHtml } from './dom.ts';

function element(html: string) {
  const found = findFirst(parseHtml(html), new Set(['div', 'nav', 'aside', 'section', 'footer']));
  assert.ok(found, html);
  return found;
}

test('hint words split class and id at separators and camelCase humps', () => {
  const words = hintWords(element('<div class="relatedArticles share-bar" id="main_story"></div>'));
  for (const w of ['related', 'articles', 'share', 'bar', 'main', 'story']) assert.ok(words.includes(w), w);
});

test('boilerplate hints match whole words only', () => {
  const cases: [string, string | null][] = [
    ['<div class="social-share"></div>', 'clean/share-buttons'],
    ['<div class="related-stories"></div>', 'clean/related-links'],
    ['<div id="comments"></div>', 'clean/comments'],
    ['<div class="ad-slot"></div>', 'clean/promo'],
    ['<div class="header-wrap"></div>', 'clean/page-chrome'],
    ['<nav></nav>', 'clean/navigation'],
    ['<aside></aside>', 'clean/page-chrome'],
    ['<div class="thread head readable"></div>', null],
    ['<div class="story"></div>', null],
    ['<div class="right-sidebar"></div>', 'clean/page-chrome'],
    ['<div class="container layout-right-sidebar has-comments"></div>', null],
    ['<div class="no-social is-footer-visible"></div>', null],
    ['<div class="sticky-footer"></div>', 'clean/page-chrome'],
  ];
  for (const [html, id] of cases) assert.equal(boilerplateHint(element(html))?.id ?? null, id, html);
});

test('a content word clears an element of its boilerplate words', () => {
  assert.equal(boilerplateHint(element('<div class="article-body has-sidebar"></div>')), null);
  assert.equal(boilerplateHint(element('<section itemprop="articleBody" class="comments"></section>')), null);
});

test('every hint has an id, a reason and something to match', () => {
  const ids = new Set<string>();
  for (const hint of BOILERPLATE_HINTS) {
    assert.match(hint.id, /^clean\/[a-z-]+$/);
    assert.ok(!ids.has(hint.id), `duplicate id ${hint.id}`);
    ids.add(hint.id);
    assert.ok(hint.reason.length > 10);
    assert.ok(hint.words.length + hint.tags.length > 0);
    for (const word of hint.words) assert.match(word, /^[a-z0-9]+$/, `${hint.id}: ${word}`);
  }
});
