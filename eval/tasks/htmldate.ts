/**
 * Publication-date extraction on the htmldate MediaCloud 2020 set (200 real news pages in many
 * languages, each with its gold publication day), scored at day precision as htmldate's own
 * evaluation does. A null answer counts as wrong for accuracy; a few gold entries are NaN (the
 * annotators found no date), where only a null answer is right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { extractHtmlMetadata } from '../../src/clean/html/metadata/index.ts';
import type { EvalTask } from '../lib/types.ts';

export const HTMLDATE_DIR = 'data/htmldate-mediacloud2020';

export interface DatedPage {
  readonly url: string;
  readonly file: string;
  /** Gold ISO day, or null where the gold file says NaN. */
  readonly gold: string | null;
}

export interface DateOutcome extends DatedPage {
  readonly answer: string | null;
  readonly from: string | null;
}

/** Reads gold.json, which is JSON except for bare NaN values. */
export function loadDatedPages(sharedDir: string): DatedPage[] {
  const raw = readFileSync(join(sharedDir, HTMLDATE_DIR, 'gold.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  const gold = JSON.parse(raw) as Record<string, { file: string; date: string | null }>;
  return Object.entries(gold).map(([url, { file, date }]) => ({ url, file, gold: date }));
}

/** Runs the extractor on every page (parsed as src/clean/html parses it). */
export function datePages(sharedDir: string, pages: readonly DatedPage[]): DateOutcome[] {
  return pages.map((page) => {
    const gz = readFileSync(join(sharedDir, HTMLDATE_DIR, 'html', `${page.file}.gz`));
    const doc = parseDocument(gunzipSync(gz).toString('utf8'), {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
    });
    const meta = extractHtmlMetadata(doc, { url: page.url });
    return { ...page, answer: meta.published, from: meta.publishedFrom };
  });
}

export const task: EvalTask = {
  id: 'htmldate',
  title: 'Publication date from HTML (htmldate MediaCloud 2020 set)',
  needs: [`${HTMLDATE_DIR}/gold.json`, `${HTMLDATE_DIR}/html`],
  run(sharedDir) {
    const outcomes = datePages(sharedDir, loadDatedPages(sharedDir));
    const n = outcomes.length;
    const right = outcomes.filter((o) => o.answer === o.gold).length;
    const answered = outcomes.filter((o) => o.answer !== null);
    const rightAnswered = answered.filter((o) => o.answer === o.gold).length;
    const bySource = new Map<string, number>();
    for (const o of answered) bySource.set(o.from ?? '?', (bySource.get(o.from ?? '?') ?? 0) + 1);
    const sources = [...bySource].map(([k, v]) => `${k} ${v}`).join(', ');
    return Promise.resolve([
      { metric: 'published-accuracy', value: right / n, n, note: 'exact day; htmldate ~0.90, JS libraries 0.52-0.65' },
      { metric: 'published-coverage', value: answered.length / n, n, note: sources },
      { metric: 'published-precision', value: answered.length === 0 ? 0 : rightAnswered / answered.length, n: answered.length },
    ]);
  },
};
