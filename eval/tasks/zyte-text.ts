/**
 * The plain-text cleaner on the Zyte article-extraction benchmark: input is each page's full visible
 * text (html-text.json, the benchmark's "html-text" baseline output, i.e. everything on the page);
 * gold is the annotated articleBody. Scored with the benchmark's 4-token shingle F1
 * (eval/lib/shingle-f1.ts). The prediction is the body paragraphs joined by a blank line, without the
 * title: the gold articleBody excludes the headline on nearly every page, so adding it would only
 * cost precision. `keep-all-f1` scores the untouched page text, the baseline to beat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPlainText } from '../../src/clean/text/index.ts';
import { corpusScores, pageCounts, type PageCounts } from '../lib/shingle-f1.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

const DATA = 'data/zyte-article-extraction';
const INPUT = `${DATA}/output/html-text.json`;
const GOLD = `${DATA}/ground-truth.json`;

interface Page {
  readonly id: string;
  readonly text: string;
  readonly gold: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function bodyOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const body = (value as { articleBody?: unknown }).articleBody;
  return typeof body === 'string' ? body : null;
}

/** Pairs each page's input text with its gold body; pages missing either are skipped. */
export function loadZytePages(sharedDir: string): Page[] {
  const input = readJson(join(sharedDir, INPUT));
  const gold = readJson(join(sharedDir, GOLD));
  const outputs = (input as { output?: Record<string, unknown> }).output ?? {};
  const golds = (gold ?? {}) as Record<string, unknown>;
  const pages: Page[] = [];
  for (const id of Object.keys(golds).sort()) {
    const text = bodyOf(outputs[id]);
    const body = bodyOf(golds[id]);
    if (text === null || body === null) continue;
    pages.push({ id, text: text.replace(/\r\n?/gu, '\n').normalize('NFC'), gold: body });
  }
  return pages;
}

export const task: EvalTask = {
  id: 'zyte-text',
  title: 'Plain-text cleaner on the Zyte benchmark page texts (shingle F1 against articleBody)',
  needs: [INPUT, GOLD],
  run: (sharedDir) => Promise.resolve(score(sharedDir)),
};

function score(sharedDir: string): EvalRow[] {
  const pages = loadZytePages(sharedDir);
  const cleaned: PageCounts[] = [];
  const keepAll: PageCounts[] = [];
  for (const page of pages) {
    const result = cleanPlainText(page.text, { format: 'text' });
    cleaned.push(pageCounts(page.gold, result.paragraphs.join('\n\n')));
    keepAll.push(pageCounts(page.gold, page.text));
  }
  const scores = corpusScores(cleaned);
  const n = pages.length;
  return [
    { metric: 'main-text-f1', value: scores.f1, n, note: 'body paragraphs, title excluded' },
    { metric: 'precision', value: scores.precision, n },
    { metric: 'recall', value: scores.recall, n },
    { metric: 'keep-all-f1', value: corpusScores(keepAll).f1, n, note: 'baseline: the whole page text' },
  ];
}
