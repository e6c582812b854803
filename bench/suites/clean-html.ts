/**
 * HTML cleaning speed on the Zyte benchmark pages: Brink's cleanHtml against Readability over
 * linkedom (parse + extract for both), in the same process on the same decompressed pages. Pages
 * are decompressed before any timing; each row is timed over a few passes after one warm-up pass.
 */
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { cleanHtml } from '../../src/clean/html/index.ts';
import { loadZytePages, readabilityText, ZYTE_DIR, type ZytePage } from '../../eval/tasks/zyte-html.ts';

/** Passes over the corpus per row: enough to smooth JIT and GC noise, few enough for two shared cores. */
const PASSES = 3;

function timeRow(name: string, pages: readonly ZytePage[], extract: (page: ZytePage) => string): BenchRow {
  for (const page of pages) extract(page);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let words = 0;
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const page of pages) {
      words += (extract(page).match(/\S+/g) ?? []).length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0) / 1e6;
  return {
    name,
    items: pages.length * PASSES,
    unit: 'pages',
    seconds,
    words,
    peakRssMb: peak / 2 ** 20,
    note: `${((mb * PASSES) / seconds).toFixed(1)} MB/s of HTML`,
  };
}

export const suite: BenchSuite = {
  id: 'clean-html',
  needs: [`${ZYTE_DIR}/ground-truth.json`, `${ZYTE_DIR}/html`],
  run(sharedDir) {
    const pages = loadZytePages(sharedDir);
    const brink = timeRow('clean html (brink)', pages, (p) => cleanHtml(p.html, { url: p.url }).paragraphs.join('\n\n'));
    const readability = timeRow('clean html (readability+linkedom)', pages, (p) => readabilityText(p.html));
    const speedup = readability.seconds / brink.seconds;
    return Promise.resolve([{ ...brink, note: `${brink.note}; ${speedup.toFixed(2)}x readability` }, readability]);
  },
};
