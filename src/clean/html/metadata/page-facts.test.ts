import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { collectPageFacts } from './page-facts.ts';
import { FACT_LIMITS } from './page-traits.ts';

const facts = (html: string) => collectPageFacts(parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true }));

test('re-anchors on the heading that matches the title when the first <h1> is the site logo', () => {
  const page = facts(`<html><head><title>Ferry strike ends after ten days | Harbour Times</title></head><body>
    <h1>Harbour Times</h1><nav>Home World 9 March 2022</nav>
    <h2>Ferry strike ends after ten days</h2><p>15 February 2022. The strike ended.</p></body></html>`);
  assert.equal(page.headline, 'Ferry strike ends after ten days');
  assert.ok(page.leadText.startsWith('15 February 2022'), page.leadText);
});

test('keeps the first <h1> as headline when nothing matches the title better', () => {
  const page = facts('<title>Other words entirely here</title><h1>Ferry strike ends</h1><h2>Ferry strike ends after ten days</h2>');
  assert.equal(page.headline, 'Ferry strike ends');
});

test('marks dated elements before and after the headline', () => {
  const page = facts('<div class="date">9 March 2022</div><h1>Ferry</h1><time datetime="2022-02-15">15 Feb</time>');
  assert.deepEqual(
    page.dated.map((d) => [d.machine, d.afterHeadline]),
    [
      [null, false],
      ['2022-02-15', true],
    ],
  );
});

test('keeps bylines up to the length limit and drops longer texts', () => {
  const atLimit = 'a'.repeat(FACT_LIMITS.bylineChars);
  const page = facts(`<span class="byline">${atLimit}</span><span class="byline">${atLimit}b</span>`);
  assert.deepEqual(page.bylines, [atLimit]);
});

test('stops collecting metas at the limit', () => {
  const page = facts('<meta name="x" content="y">'.repeat(FACT_LIMITS.metas + 5));
  assert.equal(page.metas.length, FACT_LIMITS.metas);
});

test('cuts the lead text at its limit', () => {
  const page = facts(`<h1>Ferry</h1><p>${'w'.repeat(FACT_LIMITS.leadChars - 1)}</p><p>xyz</p>`);
  assert.equal(page.leadText, `${'w'.repeat(FACT_LIMITS.leadChars - 1)} x`.slice(0, FACT_LIMITS.leadChars));
});

test('walks deep nesting of title-marked elements without a stack overflow', () => {
  const depth = 5_000;
  const page = facts(`${'<div class="title">'.repeat(depth)}x${'</div>'.repeat(depth)}`);
  assert.equal(page.headline, null);
});
