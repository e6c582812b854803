import type { Command } from 'commander';
import type { StoreStats } from '../../store/store.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB } from '../options.ts';
import { renderTable } from '../table.ts';
import { withStore } from '../with-store.ts';

export function registerStats(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('stats')
    .description('what the database holds: articles, outlets, date range, duplicates, versions')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (flags: { db: string; json?: boolean }) => {
      const stats = await withStore(flags.db, (store) => store.stats());
      io.out(flags.json ? JSON.stringify(stats, null, 2) + '\n' : describeStats(stats));
    });
}

export function describeStats(s: StoreStats): string {
  const head =
    `${s.articles} articles (${s.words.toLocaleString('en-US')} words) from ${s.sources.length} outlets, ` +
    `published ${s.firstPublished ?? '?'} to ${s.lastPublished ?? '?'}; ` +
    `${s.duplicates} near-duplicate copies linked, ${s.superseded} superseded versions\n\n`;
  return (
    head +
    renderTable(
      ['outlet', 'articles'],
      s.sources.map((x) => [x.source ?? '(unknown)', String(x.articles)]),
    )
  );
}
