import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from './dom.ts';
import { extractMainText } from './main-text.ts';
import { ARTICLE_PARAGRAPHS, newsPage } from './fixture.test-helper.ts';
import { BLOCK_WEIGHTS, REPORTING } from './thresholds.ts';

const extract = (html: string, title: string | null = null) => extractMainText(parseHtml(html), { title });

test('keeps the article paragraphs in order and drops the furniture around them', () => {
  const result = extract(newsPage(), 'Pier closed for repairs');
  assert.deepEqual(result.paragraphs, ARTICLE_PARAGRAPHS);
  const text = result.paragraphs.join('\n');
  for (const furniture of ['World', 'Share on social media', 'Council approves', 'Copyright', 'By A. Writer']) {
    assert.ok(!text.includes(furniture), furniture);
  }
});

test('drops the headline from the body', () => {
  const result = extract(newsPage());
  assert.ok(!result.paragraphs.includes('Pier closed for repairs'));
  assert.ok(result.removed.every((r) => r.reason !== 'clean/headline' || r.text === 'Pier closed for repairs'));
});

test('keeps sub-headings, list items and blockquotes that belong to the article', () => {
  const inside = `<h2>What happens next</h2>
<ul><li>Repairs to the first column start on Monday morning.</li><li>The second column follows a week later.</li></ul>
<blockquote>Safety comes before convenience, and passengers have been patient with us.</blockquote>`;
  const { paragraphs } = extract(newsPage({ insideArticle: inside }));
  for (const kept of [
    'What happens next',
    'Repairs to the first column start on Monday morning.',
    'Safety comes before convenience, and passengers have been patient with us.',
  ]) {
    assert.ok(paragraphs.includes(kept), kept);
  }
});

test('drops related-link lists, newsletter promos and captions inside the article', () => {
  const inside = `<div class="related-articles"><h3>Related</h3><p>Another story about ferries and the people who run the harbour every day of the year.</p></div>
<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the harbour news delivered to your inbox.</p></div>
<figure><img src="x.jpg"><figcaption>The northern pier seen from the water on a grey morning last winter.</figcaption></figure>`;
  const result = extract(newsPage({ insideArticle: inside }));
  assert.deepEqual(result.paragraphs, ARTICLE_PARAGRAPHS);
  const reasons = new Set(result.removed.map((r) => r.reason));
  for (const id of ['clean/related-links', 'clean/promo', 'clean/caption']) assert.ok(reasons.has(id), id);
});

test('keeps an embedded post quoted in the article, even inside a box named social', () => {
  const quote = 'The pier will reopen when it is safe, and not a day before, the director wrote on Tuesday.';
  const inside = `<div class="social-media-embed"><blockquote class="embedded-post"><p>${quote}</p></blockquote></div>`;
  assert.ok(extract(newsPage({ insideArticle: inside })).paragraphs.includes(quote));
});

test('drops ad labels, teaser headings and gallery controls inside the article', () => {
  const inside = '<div>Advertisement</div><h3>You may also like</h3><div>Image 2 of 7</div><p>Photo: A. Photographer</p>';
  assert.deepEqual(extract(newsPage({ insideArticle: inside })).paragraphs, ARTICLE_PARAGRAPHS);
});

test('reports what it removed with a rule id, cut to a readable length', () => {
  // Shorter than the article: furniture that outweighs the article's prose is taken for a page wrapper.
  const long = 'Teaser text that goes on and on. '.repeat(8);
  const result = extract(newsPage({ afterArticle: `<div class="more-stories"><p>${long}</p></div>` }));
  const teaser = result.removed.find((r) => r.text.startsWith('Teaser text'));
  assert.ok(teaser);
  assert.equal(teaser.text.length, REPORTING.maxRemovedChars);
  assert.ok(teaser.text.endsWith('…'));
  assert.ok(result.removed.every((r) => r.text.length >= REPORTING.minRemovedChars || r.text.endsWith('…')));
});

test('a dropped block is reported from the minimum length on, shorter ones are not', () => {
  const { minRemovedChars } = REPORTING;
  const promo = (n: number) => `<div class="promo-box"><p>${'p'.repeat(n)}</p></div>`;
  const reported = (n: number) => extract(newsPage({ insideArticle: promo(n) })).removed.some((r) => r.text.startsWith('ppp'));
  assert.equal(reported(minRemovedChars - 1), false);
  assert.equal(reported(minRemovedChars), true);
});

test('a second run of article paragraphs after an ad slot stays in the article', () => {
  const html = `<html><body><nav><a href="/">Home</a></nav><div class="story">
<div class="chunk">${ARTICLE_PARAGRAPHS.slice(0, 2)
    .map((p) => `<p>${p}</p>`)
    .join('')}</div>
<div class="ad-slot">Advertisement</div>
<div class="chunk">${ARTICLE_PARAGRAPHS.slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('')}</div>
</div></body></html>`;
  assert.deepEqual(extract(html).paragraphs, ARTICLE_PARAGRAPHS);
});

test('a list of teasers with long descriptions does not pull the container up to the page', () => {
  const teasers = Array.from(
    { length: 3 },
    (_, i) =>
      `<li><div><a href="/t${i}">Teaser ${i}</a></div><div>A description of another story that is long enough to read like a paragraph of prose, number ${i}.</div></li>`,
  ).join('');
  const { paragraphs } = extract(newsPage({ afterArticle: `<section><ul>${teasers}</ul></section>` }));
  assert.deepEqual(paragraphs, ARTICLE_PARAGRAPHS);
});

test('a paragraph is a link list above the link-density threshold and prose at it', () => {
  // 40 linked characters out of 80 is exactly the threshold: kept; 41 out of 80 is over: dropped.
  const at = `${'x'.repeat(40)}<a href="/">${'y'.repeat(40)}</a>`;
  const over = `${'x'.repeat(39)}<a href="/">${'y'.repeat(41)}</a>`;
  assert.equal(BLOCK_WEIGHTS.maxLinkDensity, 0.5);
  const page = (extra: string) => extract(newsPage({ insideArticle: `<div>${extra}</div>` })).paragraphs;
  assert.ok(page(at).some((p) => p.startsWith('xxx')));
  assert.ok(!page(over).some((p) => p.startsWith('xxx')));
});

test('a link-heavy <p> stays when enough of it is outside links', () => {
  const card = `<a href="/p">Name</a><a href="/1">${'Another headline in a name card. '.repeat(6)}</a>`;
  const prose = (n: number) => `<p>${'s'.repeat(n)} ${card}</p>`;
  const min = BLOCK_WEIGHTS.proseInLinkyParagraph;
  const has = (html: string) => extract(newsPage({ insideArticle: html })).paragraphs.some((p) => p.startsWith('sss'));
  assert.ok(has(prose(min - 1)), 'the space before the card counts as text outside links');
  assert.ok(!has(prose(min - 2)));
});

test('a furniture hint on an element holding half the page prose or more is a page wrapper', () => {
  assert.equal(BLOCK_WEIGHTS.hintCeiling, 0.5);
  const wrapped = (html: string) => `<html><body><form id="page">${html}</form><div><a href="/">Home</a></div></body></html>`;
  assert.deepEqual(extract(wrapped(ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''))).paragraphs, ARTICLE_PARAGRAPHS);
  // Half the prose inside the hinted side rail, half outside: the hint is ignored, so both halves count.
  const [a = '', b = ''] = ['x'.repeat(100), 'y'.repeat(100)];
  const page = (rail: string) => `<html><body><div><p>${a}</p><div class="side-rail"><p>${rail}</p></div></div></body></html>`;
  assert.deepEqual(extract(page(b)).paragraphs, [a, b]);
  assert.deepEqual(extract(page(b.slice(1))).paragraphs, [a]);
});

test('a landmark footer stays furniture even when it holds most of the prose', () => {
  const legal = 'All material on this site is protected by copyright and may not be reused without permission.';
  const result = extract(
    `<html><body><div><p>${ARTICLE_PARAGRAPHS[0]}</p></div><footer><p>${legal}</p><p>${legal} Again.</p></footer></body></html>`,
  );
  assert.deepEqual(result.paragraphs, [ARTICLE_PARAGRAPHS[0]]);
});

test('returns no paragraphs and no container for a page without prose', () => {
  const result = extract('<html><body><nav><a href="/">Home</a></nav><div>Menu</div></body></html>');
  assert.deepEqual(result.paragraphs, []);
  assert.equal(result.container, null);
});
