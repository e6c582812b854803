import type { Command } from 'commander';
import { collect } from '../../service/collect.ts';
import { buildTimeline } from '../../service/timeline.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, parseCount, toDateRange } from '../options.ts';
import { truncate } from '../table.ts';
import { withStore } from '../with-store.ts';

interface TimelineFlags {
  db: string;
  actor?: string;
  since?: string;
  until?: string;
  limit?: string;
  json?: boolean;
}

export function registerTimeline(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('timeline')
    .description('dated quotes and events in order, with what each date is anchored to')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--actor <name>', 'speaker or event source: a name (Lavrov), actor id or country code (RUS)')
    .option('--since <date>', 'on or after this date')
    .option('--until <date>', 'on or before this date')
    .option('--limit <n>', 'entries to show', '60')
    .option('--json', 'print all entries as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink timeline --actor Peskov --since 2022-01-01 --until 2022-02-24\n  $ brink timeline --actor RUS --json',
    )
    .action(async (flags: TimelineFlags) => {
      const limit = parseCount('--limit', flags.limit, 60, 1);
      const analyses = await withStore(flags.db, (store) => collect(store.iterateAnalyses({})));
      const entries = buildTimeline(analyses, {
        ...(flags.actor ? { actor: flags.actor } : {}),
        ...toDateRange(flags),
      });
      if (flags.json) {
        io.out(JSON.stringify(entries, null, 2) + '\n');
        return;
      }
      for (const e of entries.slice(0, limit)) {
        io.out(
          `${e.date}${e.anchor === 'published' ? '*' : ' '} ${e.kind.padEnd(5)} ${truncate(e.actor ?? '?', 22).padEnd(22)} ${truncate(e.summary, 110)}  — ${truncate(e.source ?? '-', 18)}\n`,
        );
      }
      io.out(`${Math.min(limit, entries.length)} of ${entries.length} entries; * = dated by the article, not the sentence\n`);
    });
}
