/**
 * Main-text extraction on the Zyte article-extraction benchmark (181 real pages with gold article
 * bodies), scored as the benchmark scores it (eval/lib/shingle-f1.ts). Readability over linkedom runs
 * on the same pages in the same run, as the baseline to beat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml } from '../../src/clean/html/index.ts';
import { corpusScores, pageCounts } from '../lib/shingle-f1.ts';
import type { EvalTask } from '../lib/types.ts';

export const ZYTE_DIR = 'data/zyte-article-extraction';

export interface ZytePage {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly gold: string;
}

/** Reads and decompresses every page of the benchmark, in the order of its ground-truth file. */
export function loadZytePages(sharedDir: string): ZytePage[] {
  const dir = join(sharedDir, ZYTE_DIR);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, { articleBody, url }]) => ({
    id,
    url,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    gold: articleBody,
  }));
}

/** Readability's article text over a linkedom DOM, or '' when it finds none or throws. */
export function readabilityText(html: string): string {
  try {
    // linkedom types its result with the DOM lib, which this project does not load; its Document is
    // the DOM Readability walks (`never` stands in for the DOM type neither side can name here).
    const window: unknown = parseHTML(html);
    return new Readability((window as { document: never }).document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export const task: EvalTask = {
  id: 'zyte-html',
  title: 'HTML main-text extraction (Zyte article-extraction benchmark)',
  needs: [`${ZYTE_DIR}/ground-truth.json`, `${ZYTE_DIR}/html`],
  run(sharedDir) {
    const pages = loadZytePages(sharedDir);
    const brink = corpusScores(pages.map((p) => pageCounts(p.gold, cleanHtml(p.html, { url: p.url }).paragraphs.join('\n\n'))));
    const readability = corpusScores(pages.map((p) => pageCounts(p.gold, readabilityText(p.html))));
    const n = pages.length;
    return Promise.resolve([
      { metric: 'main-text-f1', value: brink.f1, n, note: `brink; readability ${readability.f1.toFixed(3)}` },
      { metric: 'precision', value: brink.precision, n },
      { metric: 'recall', value: brink.recall, n },
      { metric: 'readability-f1', value: readability.f1, n, note: 'baseline: @mozilla/readability over linkedom' },
    ]);
  },
};
