import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultLedgerRules, rowLines, type LedgerRow } from '../../corpus/index.ts';
import { storedLedger } from '../../service/corpus-results.ts';
import { ingest } from '../../service/ingest.ts';
import { describeDiagnostic } from '../diagnostics.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB } from '../options.ts';
import { progressBar } from '../progress.ts';
import { truncate } from '../table.ts';
import { withStore } from '../with-store.ts';
import { describeSummary } from './ingest.ts';
import { renderArticles } from './articles.ts';
import { describeStats } from './stats.ts';

/** The bundled corpus: data/demo beside src/ and dist/ (both two levels below the root). */
export const DEMO_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

/** Searches the tour runs, chosen to show boolean, prefix and phrase queries on the demo story. */
const TOUR_SEARCHES = ['withdraw* AND troops', '"no sign" OR "not verified"', 'invade* NOT Belarus'];

export function registerDemo(program: Command, io: CliIo, exit: ExitHolder): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (data/demo) into a fresh database and print a tour')
    .option('--db <path>', 'SQLite database file (replaced)', DEFAULT_DB)
    .action(async (flags: { db: string }) => {
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(flags.db + suffix)) rmSync(flags.db + suffix);
      io.out(`Ingesting the demo corpus from ${DEMO_DIR} into ${flags.db} …\n`);
      const summary = await withStore(flags.db, async (store) => {
        const bar = progressBar(io, null, 'articles');
        const result = await ingest([DEMO_DIR], {
          store,
          read: { exclude: ['**/README.md', '**/gold/**'] },
          onProgress: (p) => bar.update(p.done, p.last.uri),
        });
        bar.finish();
        io.out(describeSummary(result, flags.db));
        for (const failure of result.failures) io.out(`  error: ${describeDiagnostic(failure)}\n`);
        io.out(`\n== What is stored\n${describeStats(await store.stats())}`);
        const latest = await store.listArticles({}, { limit: 8, offset: 0 });
        io.out(`\n== The ${latest.items.length} most recent of ${latest.total} articles (brink articles)\n${renderArticles(latest.items)}`);
        const copies = (await store.listArticles({ includeDuplicates: true }, { limit: 1000, offset: 0 })).items.filter(
          (a) => a.duplicateOf,
        );
        io.out(`\n== Syndicated copies linked to their originals (${copies.length})\n`);
        for (const copy of copies)
          io.out(
            `  ${copy.id.slice(0, 10)} ${truncate(copy.source ?? '-', 20)} → original ${copy.duplicateOf?.slice(0, 10)}  ${truncate(copy.title ?? '', 60)}\n`,
          );
        for (const query of TOUR_SEARCHES) {
          const hits = await store.search(query, {}, { limit: 3, offset: 0 });
          io.out(`\n== brink search '${query}'  (${hits.total} articles)\n`);
          for (const hit of hits.items)
            io.out(`  ${hit.published ?? 'unknown'}  ${truncate(hit.source ?? '-', 20)}  ${truncate(hit.snippet, 110)}\n`);
        }
        const { value: ledger } = await storedLedger(store, defaultLedgerRules(), {});
        const russian = ledger.rows.filter((r) => r.actor === 'RUS');
        // The tour shows the story the ledger exists for: pullbacks disputed, then contradicted, and the first denials.
        const disputedThenContradicted = (r: LedgerRow): boolean =>
          r.status === 'contradicted' && r.steps.some((s) => s.changed && s.status === 'disputed');
        const tour = [
          ...russian.filter((r) => r.kind === 'withdrawal' && disputedThenContradicted(r)).slice(0, 3),
          ...russian.filter((r) => r.kind === 'denial').slice(0, 2),
        ];
        io.out(
          `\n== The say–do ledger (brink ledger --actor RUS): announced pullbacks that were disputed, then contradicted, and the first denials; steps that changed the status\n`,
        );
        io.out(`${ledger.rows.length} claims from ${ledger.articles} articles; ${russian.length} bind Russia\n\n`);
        for (const row of tour) io.out(`${rowLines(row, 120, { changesOnly: true }).join('\n')}\n\n`);
        return result;
      });
      io.out(
        `Next: brink ledger --db ${flags.db} · brink report --out brief.html --db ${flags.db} · brink quotes --speaker Peskov --db ${flags.db} · brink search '<query>' --db ${flags.db}\n`,
      );
      exit.code = summary.counts.failed > 0 ? 1 : 0;
    });
}
