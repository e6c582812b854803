/**
 * End-to-end ingest: 10,000 synthetic articles (half as HTML files, half as one JSON Lines file)
 * read, cleaned, run through every NLP stage and stored in a fresh SQLite file, through the same service
 * call the CLI uses. Reports articles/s, words/s and the process's peak RSS.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSuite } from '../lib-types.ts';
import { syntheticArticle, syntheticHtml } from '../lib/synthetic.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ingest } from '../../src/service/ingest.ts';

const ARTICLES = 10_000;
const SEED = 7;

export const suite: BenchSuite = {
  id: 'ingest',
  needs: [],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'brink-bench-ingest-'));
    try {
      mkdirSync(join(dir, 'html'));
      const lines: string[] = [];
      let words = 0;
      for (let i = 0; i < ARTICLES; i++) {
        const article = syntheticArticle(SEED, i);
        words += article.paragraphs.join(' ').split(' ').length;
        if (i % 2 === 0) writeFileSync(join(dir, 'html', `${i}.html`), syntheticHtml(article));
        else
          lines.push(
            JSON.stringify({
              url: `https://bench.example/${i}`,
              title: article.title,
              published: article.published,
              source: article.source,
              text: article.paragraphs.join('\n\n'),
            }),
          );
      }
      writeFileSync(join(dir, 'wire.jsonl'), lines.join('\n') + '\n');
      // The generated corpus is on disk now; drop it so the peak measures ingest, not the generator.
      lines.length = 0;
      (globalThis as { gc?: () => void }).gc?.();
      const store = await openStore(join(dir, 'bench.db'));
      const started = performance.now();
      const summary = await ingest([join(dir, 'html'), join(dir, 'wire.jsonl')], { store });
      const seconds = (performance.now() - started) / 1000;
      await store.close();
      const stored = summary.counts.inserted;
      return [
        {
          name: 'ingest → clean → all NLP stages → SQLite',
          items: stored,
          unit: 'articles',
          seconds,
          words,
          peakRssMb: process.resourceUsage().maxRSS / 1024,
          note: `${summary.counts.failed} failed; half HTML files, half JSON Lines`,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
