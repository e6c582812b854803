/**
 * Hand-written HTML pages for the cleaner's tests: a news page with the usual furniture around a
 * short article. The prose is invented for these tests.
 */

/** Article paragraphs of the fixture page, each long enough to read as prose. */
export const ARTICLE_PARAGRAPHS = [
  'The harbour authority said on Tuesday that the northern pier would stay closed for repairs until the end of the month.',
  'Engineers found cracks in two of the supporting columns during a routine inspection last week, according to the authority.',
  '“We will not reopen the pier until every column has been checked,” the authority’s director told reporters at a briefing.',
  'Ferry services have been moved to the southern terminal, where extra staff were on duty to guide passengers on Wednesday.',
];

export interface PageParts {
  readonly head?: string;
  readonly beforeArticle?: string;
  readonly insideArticle?: string;
  readonly afterArticle?: string;
  readonly paragraphs?: readonly string[];
}

/** A full page: navigation, the article with a headline and paragraphs, a related-links rail and a footer. */
export function newsPage(parts: PageParts = {}): string {
  const paragraphs = (parts.paragraphs ?? ARTICLE_PARAGRAPHS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Pier closed for repairs | Harbour News</title>
<meta property="og:title" content="Pier closed for repairs">${parts.head ?? ''}</head>
<body>
<header class="site-header"><a href="/">Harbour News</a></header>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
${parts.beforeArticle ?? ''}
<main><article>
<h1>Pier closed for repairs</h1>
<div class="byline">By A. Writer</div>
<div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this article to a friend</a></div>
${paragraphs}
${parts.insideArticle ?? ''}
</article>
<aside class="sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Council approves the new budget for the coming year after a long debate</a></li>
<li><a href="/b">Storm warning issued for the coast as strong winds are expected tonight</a></li>
</ul></aside></main>
${parts.afterArticle ?? ''}
<footer class="site-footer"><p>Copyright 2022 Harbour News. All rights reserved. Terms of use and privacy policy apply.</p></footer>
</body></html>`;
}
