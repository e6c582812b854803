import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { extractHtmlMetadata } from './index.ts';

function meta(html: string, url?: string) {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return extractHtmlMetadata(doc, url === undefined ? {} : { url });
}

const BODY = '<body><h1>Ferry strike ends</h1><p>The strike ended on Monday.</p></body>';

test('reads the date of the NewsArticle node of a JSON-LD @graph', () => {
  const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Harbour Times"},
    {"@type":"NewsArticle","datePublished":"2022-02-15T09:00:00+01:00","dateModified":"2022-02-18T09:00:00+01:00"}]}</script></head>${BODY}</html>`;
  assert.deepEqual([meta(html).published, meta(html).publishedFrom], ['2022-02-15', 'json-ld']);
});

test('reads the Open Graph published time and ignores the modified time', () => {
  const html = `<html><head><meta property="article:modified_time" content="2022-02-18T10:00:00+01:00">
    <meta property="article:published_time" content="2022-02-15T10:00:00+01:00"></head>${BODY}</html>`;
  assert.deepEqual([meta(html).published, meta(html).publishedFrom], ['2022-02-15', 'meta']);
});

test('reads analytics and Dublin Core date metas', () => {
  for (const key of ['parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'pubdate']) {
    const html = `<html><head><meta name="${key}" content="2022-02-15"></head>${BODY}</html>`;
    assert.equal(meta(html).published, '2022-02-15', key);
  }
});

test('reads a <time> by the byline and not the date bar or the footer', () => {
  const html = `<html><body>
    <div class="top-bar"><span class="today-date">Wednesday, 9 March 2022</span></div>
    <header><time datetime="2022-03-09">Today</time></header>
    <h1>Ferry strike ends</h1>
    <div class="byline">By Ana Lima <time datetime="2022-02-15T08:00">15 Feb</time></div>
    <p>The strike ended.</p>
    <div class="comments"><time datetime="2022-02-20">20 Feb</time></div>
    <footer>© 2022 <time datetime="2022-03-09">9 March</time></footer></body></html>`;
  const result = meta(html);
  assert.deepEqual([result.published, result.publishedFrom], ['2022-02-15', 'time']);
  assert.equal(result.byline, 'Ana Lima');
});

test('answers null when the only dates are a date bar, a comment and a footer', () => {
  const html = `<html><body>
    <div id="datebar">Wednesday, 9 March 2022</div>
    <h1>Ferry strike ends</h1><p>The strike ended.</p>
    <section id="comments"><time datetime="2022-02-20">20 Feb</time></section>
    <footer>Copyright 2022 Harbour Times, 9 March 2022</footer></body></html>`;
  assert.deepEqual([meta(html).published, meta(html).publishedFrom], [null, null]);
});

test('reads dates on pages whose <body> class names a sidebar or widget', () => {
  const html = `<html><body class="single has-sidebar widget-area"><h1>Ferry strike ends</h1>
    <time datetime="2022-02-15">15 Feb 2022</time><p>The strike ended.</p></body></html>`;
  assert.equal(meta(html).published, '2022-02-15');
});

test('prefers the published stamp to an updated stamp that comes first', () => {
  const html = `<html><body><h1>Ferry strike ends</h1>
    <span class="updated">Updated <time datetime="2022-02-18">18 Feb 2022</time></span>
    <time class="published" datetime="2022-02-15">15 Feb 2022</time><p>The strike ended.</p></body></html>`;
  assert.equal(meta(html).published, '2022-02-15');
});

test('reads a dated permalink when the page has no date markup', () => {
  assert.deepEqual(
    [
      meta(`<html>${BODY}</html>`, 'https://www.harbourtimes.com/2022/02/15/ferry/').published,
      meta(`<html>${BODY}</html>`, 'https://www.harbourtimes.com/2022/02/15/ferry/').publishedFrom,
    ],
    ['2022-02-15', 'url'],
  );
});

test('reads a dateline under the headline but not a caption date', () => {
  const html = `<html lang="en-GB"><body><h1>Ferry strike ends</h1>
    <figure><figcaption>Pickets on 3 February 2022.</figcaption></figure>
    <p>Harbour Times, 15/02/2022 - The strike ended on Monday.</p></body></html>`;
  assert.deepEqual([meta(html).published, meta(html).publishedFrom], ['2022-02-15', 'text']);
});

test('finds the headline without an <h1> by matching the title', () => {
  const html = `<html><head><title>Ferry strike ends after ten days - Harbour Times</title></head><body>
    <div class="date">Wednesday, 9 March 2022</div>
    <h2 class="story-title">Ferry strike ends after ten days</h2><p>15 February 2022 - The strike ended.</p></body></html>`;
  assert.equal(meta(html).published, '2022-02-15');
});

test('reads title, outlet, byline and language from the head', () => {
  const html = `<html lang="pt-BR"><head><title>Greve termina | Jornal do Porto</title>
    <meta property="og:site_name" content="Jornal do Porto"><meta name="author" content="Por Ana Lima"></head>
    <body><h1>Greve termina</h1></body></html>`;
  const result = meta(html, 'https://www.jornaldoporto.com/greve');
  assert.equal(result.title, 'Greve termina');
  assert.equal(result.source, 'Jornal do Porto');
  assert.equal(result.byline, 'Ana Lima');
  assert.equal(result.language, 'pt');
});

test('takes title, authors and publisher from JSON-LD and the outlet from the host as a last resort', () => {
  const html = `<html><head><title>Ferry strike ends - harbourtimes.com</title>
    <script type="application/ld+json">{"@type":"Article","author":[{"name":"Ana Lima"},{"name":"Tom Berg"}]}</script></head><body></body></html>`;
  const result = meta(html, 'https://www.harbourtimes.com/a');
  assert.deepEqual([result.title, result.byline, result.source], ['Ferry strike ends', 'Ana Lima, Tom Berg', 'harbourtimes.com']);
});

test('survives a page without head, broken JSON-LD and an empty document', () => {
  const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><h1>Ferry strike ends</h1>';
  assert.equal(meta(broken).title, 'Ferry strike ends');
  assert.deepEqual(meta(''), { title: null, byline: null, source: null, published: null, publishedFrom: null, language: null });
});

test('walks a page nested 10,000 elements deep without overflowing the stack', () => {
  const depth = 10_000;
  const html = `<html><body><h1>Deep</h1>${'<div>'.repeat(depth)}<time datetime="2022-02-15">x</time>${'</div>'.repeat(depth)}</body></html>`;
  assert.equal(meta(html).published, '2022-02-15');
});

test('reads a huge page and keeps only the facts it needs', () => {
  const html = `<html><head>${'<meta name="x" content="y">'.repeat(5_000)}</head><body><h1>Big</h1>${'<p>Lorem ipsum dolor 2019.</p>'.repeat(20_000)}</body></html>`;
  assert.equal(meta(html).title, 'Big');
});

test('never throws on arbitrary markup', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (html) => {
      const result = meta(html, 'https://example.org/a');
      assert.ok(result.published === null || /^\d{4}-\d{2}-\d{2}$/.test(result.published));
    }),
    { numRuns: 200 },
  );
});

test('reads the printed local day of a <time> whose machine stamp is UTC', () => {
  const html = `<html lang="en-US"><body><h1>Ferry strike ends</h1>
    <time datetime="2022-02-16T03:05:00Z">February 15, 2022 10:05 PM</time><p>The strike ended.</p></body></html>`;
  assert.equal(meta(html).published, '2022-02-15');
});
