/**
 * Body cleaning on the hand-annotated dev set (shared/eval/dev): the plain-text cleaner must keep
 * every mustKeep paragraph, drop every mustRemove line, keep each duplicated paragraph exactly once
 * and find the headline. Scoring follows shared/eval/dev/README.md: prefixes and lines are looked
 * up in the clean text (paragraphs joined by a blank line, as `document.text` is built).
 */
import { cleanPlainText } from '../../src/clean/text/index.ts';
import { DEV_DIR, loadDevArticles } from '../lib/dev-gold.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

/** How many times `needle` occurs in `haystack` (non-overlapping). */
function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

class Tally {
  hits = 0;
  total = 0;
  add(hit: boolean): void {
    this.total++;
    if (hit) this.hits++;
  }
  row(metric: string, note: string): EvalRow {
    return { metric, value: this.total === 0 ? 1 : this.hits / this.total, n: this.total, note };
  }
}

function score(sharedDir: string): EvalRow[] {
  const keep = new Tally();
  const remove = new Tally();
  const once = new Tally();
  const title = new Tally();
  for (const { gold, text } of loadDevArticles(sharedDir)) {
    const result = cleanPlainText(text, { format: 'text' });
    const body = result.paragraphs.join('\n\n');
    for (const prefix of gold.mustKeep) keep.add(body.includes(prefix));
    for (const line of gold.mustRemove) remove.add(!body.includes(line));
    for (const prefix of gold.duplicates) once.add(occurrences(body, prefix) === 1);
    title.add(result.title === gold.title);
  }
  return [
    keep.row('must-keep', 'mustKeep prefixes found in the clean text'),
    remove.row('must-remove', 'mustRemove lines absent from the clean text'),
    once.row('duplicates-once', 'duplicated prefixes present exactly once'),
    title.row('title', 'headline exactly right (null when none)'),
  ];
}

export const task: EvalTask = {
  id: 'dev-body',
  title: 'Plain-text cleaner on the annotated dev articles (keep, remove, de-duplicate, title)',
  needs: [DEV_DIR],
  run: (sharedDir) => Promise.resolve(score(sharedDir)),
};
