import type { Command } from 'commander';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, toFilter, toPage, type FilterFlags } from '../options.ts';
import { truncate } from '../table.ts';
import { withStore } from '../with-store.ts';
import { pageFooter } from './articles.ts';

interface SearchFlags extends FilterFlags {
  db: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

export function registerSearch(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('search')
    .description('full-text search over stored articles (words, "phrases", prefix*, AND, OR, NOT, parentheses)')
    .argument('<query>', "e.g. 'withdraw* AND troops' or '\"no plans\" NOT Belarus'")
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--since <date>', 'published on or after this date')
    .option('--until <date>', 'published on or before this date')
    .option('--source <name>', 'only this outlet')
    .option('--all', 'include near-duplicate copies and superseded versions')
    .option('--limit <n>', 'hits per page', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--json', 'print the page of hits as JSON')
    .addHelpText(
      'after',
      `\nExamples:\n  $ brink search 'withdraw* AND troops' --since 2022-02-10\n  $ brink search '"no sign of de-escalation"' --json\n  $ brink search 'sanctions NOT (SWIFT OR "Nord Stream")' --source "Capital Dispatch"`,
    )
    .action(async (query: string, flags: SearchFlags) => {
      const page = await withStore(flags.db, (store) => store.search(query, toFilter(flags), toPage(flags, 20)));
      if (flags.json) {
        io.out(JSON.stringify(page, null, 2) + '\n');
        return;
      }
      for (const hit of page.items) {
        io.out(
          `${hit.id.slice(0, 10)}  ${hit.published ?? 'unknown'}  ${truncate(hit.source ?? '-', 22)}  ${truncate(hit.title ?? '(no title)', 70)}\n`,
        );
        io.out(`    ${truncate(hit.snippet, 150)}\n`);
      }
      io.out(pageFooter(page.offset, page.items.length, page.total));
    });
}
