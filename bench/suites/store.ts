/**
 * Store throughput: saveAnalysis of 10,000 synthetic ~600-word articles (one in twenty a syndicated
 * copy of an earlier one, so near-duplicate linking runs on real candidates) into a fresh SQLite
 * file; then search queries and a full export. Reports articles/s, queries/s and peak RSS
 * (target: under 500 MB for the save run).
 *
 * The generator (bench/lib/synthetic.ts) draws sentences from small word lists, so any two of its
 * articles share many shingles (mean estimated Jaccard 0.18, measured on 300): nearly every stored
 * article is an LSH candidate of many others, a worst case for near-duplicate lookup. Real news is
 * far apart (PolNeAR: 20 candidate pairs among 503,506), so this run understates real throughput.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { syntheticArticle } from '../lib/synthetic.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeAnalysis } from '../../test/helpers/make-analysis.ts';
import type { Analysis } from '../../src/core/analysis.ts';

const ARTICLES = 10_000;
const SEED = 11;
/** Every COPY_EVERY-th article is a copy of the one COPY_EVERY before, with a new intro and footer. */
const COPY_EVERY = 20;
const QUERIES = [
  'talks',
  'sanctions prepared',
  '"diplomatic path"',
  'withdr*',
  'troops OR drills',
  'talks -sanctions',
  '(Kremlin OR NATO) border',
  'satellite images',
];
const QUERY_ROUNDS = 25;

function benchArticle(index: number): Analysis {
  const base = syntheticArticle(SEED, index % COPY_EVERY === COPY_EVERY - 1 ? index - (COPY_EVERY - 1) : index);
  const copy = index % COPY_EVERY === COPY_EVERY - 1;
  const paragraphs = copy ? [`Syndicated from ${base.source}.`, ...base.paragraphs, 'Copyright 2022 Bench Outlet.'] : base.paragraphs;
  return makeAnalysis({
    text: paragraphs.join('\n\n'),
    uri: `https://bench.example/store/${index}`,
    title: base.title,
    published: base.published,
    source: copy ? 'Bench Outlet' : base.source,
  });
}

const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;

/** CPU seconds used since `start`: on a shared machine wall time varies with load, CPU time much less. */
const cpuSeconds = (start: NodeJS.CpuUsage): string => {
  const used = process.cpuUsage(start);
  return `${((used.user + used.system) / 1e6).toFixed(1)} s CPU`;
};

export const suite: BenchSuite = {
  id: 'store',
  needs: [],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'brink-bench-store-'));
    const store = await openSqliteStore(join(dir, 'bench.db'));
    try {
      let words = 0;
      let duplicates = 0;
      let peak = rssMb();
      let started = performance.now();
      let cpu = process.cpuUsage();
      for (let i = 0; i < ARTICLES; i++) {
        const analysis = benchArticle(i);
        words += analysis.document.text.split(/\s+/).length;
        if ((await store.saveAnalysis(analysis)).duplicateOf !== null) duplicates++;
        if (i % 250 === 0) peak = Math.max(peak, rssMb());
      }
      const saveSeconds = (performance.now() - started) / 1000;
      peak = Math.max(peak, rssMb());
      const rows: BenchRow[] = [
        {
          name: 'saveAnalysis → SQLite (FTS5 + MinHash)',
          items: ARTICLES,
          unit: 'articles',
          seconds: saveSeconds,
          words,
          peakRssMb: peak,
          note: `${cpuSeconds(cpu)}; ${duplicates} linked as duplicates (expected ${Math.floor(ARTICLES / COPY_EVERY)}); RSS target < 500 MB`,
        },
      ];

      let hits = 0;
      started = performance.now();
      cpu = process.cpuUsage();
      for (let round = 0; round < QUERY_ROUNDS; round++) {
        for (const query of QUERIES)
          hits += (await store.search(query, round % 2 === 0 ? {} : { source: 'Meridian Wire' }, { limit: 20, offset: 0 })).total;
      }
      rows.push({
        name: 'search (8 query forms, limit 20, with totals)',
        items: QUERY_ROUNDS * QUERIES.length,
        unit: 'queries',
        seconds: (performance.now() - started) / 1000,
        peakRssMb: rssMb(),
        note: `${cpuSeconds(cpu)}; ${Math.round(hits / (QUERY_ROUNDS * QUERIES.length))} matching articles per query on average`,
      });

      let exported = 0;
      peak = rssMb();
      started = performance.now();
      cpu = process.cpuUsage();
      for await (const analysis of store.iterateAnalyses({ includeDuplicates: true })) {
        exported += analysis.document.text.length > 0 ? 1 : 0;
        if (exported % 500 === 0) peak = Math.max(peak, rssMb());
      }
      rows.push({
        name: 'iterateAnalyses (export all)',
        items: exported,
        unit: 'articles',
        seconds: (performance.now() - started) / 1000,
        peakRssMb: peak,
        note: cpuSeconds(cpu),
      });
      return rows;
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
