/**
 * The plain-text cleaner: from article text that was already scraped to text (menus, share buttons,
 * teasers, footers and repeated captions still in it), keeps the article's paragraphs and records
 * every dropped line with the rule that dropped it. Pure; linear in the size of the text.
 */
import type { CleanResult } from '../../core/clean-result.ts';
import type { RemovedText } from '../../core/analysis.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import { BrinkError } from '../../core/errors.ts';
import { createRepeatFilter, paragraphKey } from '../repeated-paragraphs.ts';
import { keepArticleZone } from './article-zone.ts';
import { classifyLines, type LineVerdict } from './classify-lines.ts';
import { findTitle } from './find-title.ts';
import { lineFeatures, type LineFeatures } from './line-features.ts';
import { pickStopwords } from './stopwords.ts';
import { splitLines } from './split-lines.ts';
import { stripMarkdown } from './strip-markdown.ts';
import { THRESHOLDS } from './thresholds.ts';

export interface PlainTextOptions {
  readonly format: 'text' | 'markdown';
}

/** Rule ids for the headline line and later copies of it. */
export const TITLE_RULE = 'clean/title';
export const TITLE_COPY_RULE = 'clean/title-repeat';

function measure(units: readonly string[]): LineFeatures[] {
  const best = pickStopwords(units);
  const stoplist = best !== null && best.share >= THRESHOLDS.knownLanguageShare.value ? best.list : null;
  return units.map((unit) => lineFeatures(unit, stoplist));
}

/**
 * Marks the headline and its copies as boilerplate so context treats them as page furniture.
 * Returns the title and the index of its first on-page copy (the story starts below it), if any.
 */
function markTitle(lines: LineFeatures[]): { title: string | null; anchor: number | null } {
  const found = findTitle(lines);
  if (found === null) return { title: null, anchor: null };
  let anchor: number | null = null;
  lines.forEach((line, i) => {
    if (i === found.index) lines[i] = { ...line, boilerplate: TITLE_RULE };
    else if (found.keys.has(paragraphKey(line.text))) {
      lines[i] = { ...line, boilerplate: TITLE_COPY_RULE };
      anchor ??= i;
    }
  });
  return { title: found.title, anchor };
}

function noArticle(found: string, fatal: boolean): Diagnostic {
  return diagnostic({
    ruleId: 'clean/no-article-text',
    reason: `Unexpected ${found}, expected at least one line of article text`,
    source: 'clean',
    fatal,
  });
}

/**
 * Cleans plain text (or Markdown, stripped to text first) to the article: the headline becomes
 * `title`, body lines become `paragraphs`, and every dropped line is listed in `removed` in input
 * order with its rule id. Throws BrinkError (usage) only on a bad `format`.
 */
export function cleanPlainText(text: string, options: PlainTextOptions): CleanResult {
  if (options.format !== 'text' && options.format !== 'markdown') {
    throw new BrinkError('usage', `Unexpected format ${JSON.stringify(options.format)}, expected "text" or "markdown"`);
  }
  const plain = options.format === 'markdown' ? stripMarkdown(text) : text;
  const lines = measure(splitLines(plain));
  const { title, anchor } = markTitle(lines);
  const verdicts: LineVerdict[] = keepArticleZone(lines, classifyLines(lines), anchor);
  const paragraphs: string[] = [];
  const removed: RemovedText[] = [];
  const repeats = createRepeatFilter();
  verdicts.forEach((verdict, i) => {
    const line = lines[i];
    if (line === undefined) return;
    if (!verdict.keep) {
      removed.push({ text: line.text, reason: verdict.rule });
      return;
    }
    const result = repeats(line.text);
    if (result.kept !== null) paragraphs.push(result.kept);
    removed.push(...result.removed);
  });
  const diagnostics =
    lines.length === 0
      ? [noArticle('empty text', true)]
      : paragraphs.length === 0
        ? [noArticle('text made only of page furniture', true)]
        : [];
  return {
    title,
    byline: null,
    source: null,
    published: null,
    publishedFrom: null,
    language: null,
    paragraphs,
    removed,
    extraction: options.format === 'markdown' ? 'markdown/lines' : 'text/lines',
    diagnostics,
  };
}
