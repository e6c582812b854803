/**
 * The HTML cleaner: parses a page once, reads its metadata (metadata/), extracts the article's
 * paragraphs and reports what it dropped. When no article container is found it falls back to the
 * page's visible text, with a diagnostic, so that a page is never lost silently.
 */
import type { CleanResult } from '../../core/clean-result.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import type { RemovedText } from '../../core/analysis.ts';
import { removeRepeatedParagraphs } from '../repeated-paragraphs.ts';
import { collapseSpace, isText, parseHtml, type HtmlDocument } from './dom.ts';
import { extractMainText, type MainText } from './main-text.ts';
import { extractHtmlMetadata } from './metadata/index.ts';

/** Method id of the main-text extractor. */
export const HTML_EXTRACTION = 'html/brink-density';
/** Method id of the fallback: every visible block of the page. */
export const HTML_FALLBACK_EXTRACTION = 'html/visible-text';

export interface CleanHtmlOptions {
  /** Where the page came from; names the file in diagnostics. */
  readonly url?: string;
}

/** The page's visible text block by block, or its bare top-level text when it has no elements. */
function visibleText(main: MainText, document: HtmlDocument): string[] {
  if (main.blocks.length > 0) return main.blocks.map((b) => b.text);
  const bare = collapseSpace(
    document.children
      .filter(isText)
      .map((t) => t.data)
      .join(' '),
  );
  return bare === '' ? [] : [bare];
}

/**
 * Cleans one HTML page to its article text.
 * @example cleanHtml('<html><body><article><p>…</p></article></body></html>', { url: 'https://example.org/a' })
 */
export function cleanHtml(html: string, options: CleanHtmlOptions = {}): CleanResult {
  const document = parseHtml(html);
  const metadata = extractHtmlMetadata(document, options);
  const main = extractMainText(document, { title: metadata.title });
  const diagnostics: Diagnostic[] = [];
  const file = options.url === undefined ? {} : { file: options.url };
  let paragraphs: readonly string[] = main.paragraphs;
  let removed: readonly RemovedText[] = main.removed;
  let extraction = HTML_EXTRACTION;
  if (paragraphs.length === 0) {
    paragraphs = visibleText(main, document);
    removed = [];
    extraction = HTML_FALLBACK_EXTRACTION;
    const fatal = paragraphs.length === 0;
    diagnostics.push(
      diagnostic({
        ruleId: fatal ? 'clean/html-no-text' : 'clean/html-no-article',
        reason: fatal
          ? 'Unexpected HTML page with no visible text, expected at least one text block'
          : 'Unexpected HTML page without an article container, expected a run of prose paragraphs; kept all visible text',
        source: 'clean',
        fatal,
        ...file,
      }),
    );
  }
  const unique = removeRepeatedParagraphs(paragraphs);
  const { title, byline, source, published, publishedFrom, language } = metadata;
  return {
    title,
    byline,
    source,
    published,
    publishedFrom,
    language,
    paragraphs: unique.paragraphs,
    removed: [...removed, ...unique.removed],
    extraction,
    diagnostics,
  };
}
