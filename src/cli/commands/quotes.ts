import type { Command } from 'commander';
import { collect } from '../../service/collect.ts';
import { corpusQuotes } from '../../service/corpus-quotes.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, parseCount, toDateRange, toFilter } from '../options.ts';
import { truncate } from '../table.ts';
import { withStore } from '../with-store.ts';

interface QuotesFlags {
  db: string;
  speaker?: string;
  since?: string;
  until?: string;
  source?: string;
  limit?: string;
  json?: boolean;
}

export function registerQuotes(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('quotes')
    .description('who said what: quotes across the corpus with speaker, outlet and date')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--speaker <name>', 'only quotes whose speaker name contains this (e.g. Lavrov) or has this actor id')
    .option('--since <date>', 'said on or after this date (the date the sentence states, else the article date)')
    .option('--until <date>', 'said on or before this date')
    .option('--source <name>', 'only this outlet')
    .option('--limit <n>', 'quotes to show', '50')
    .option('--json', 'print all matching quotes as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink quotes --speaker Lavrov --since 2022-02-01\n  $ brink quotes --speaker kb:peskov-dmitry --json',
    )
    .action(async (flags: QuotesFlags) => {
      const limit = parseCount('--limit', flags.limit, 50, 1);
      const analyses = await withStore(flags.db, (store) =>
        collect(store.iterateAnalyses(toFilter({ ...(flags.source ? { source: flags.source } : {}) }))),
      );
      const quotes = corpusQuotes(analyses, {
        ...(flags.speaker ? { speaker: flags.speaker } : {}),
        ...toDateRange(flags),
      });
      if (flags.json) {
        io.out(JSON.stringify(quotes, null, 2) + '\n');
        return;
      }
      for (const q of quotes.slice(0, limit)) {
        const when = q.date === null ? 'undated   ' : `${q.date.slice(0, 10)}${q.dateFrom === 'published' ? '*' : ' '}`;
        io.out(
          `${when} ${truncate(q.speaker ?? '(no speaker)', 24).padEnd(24)} ${(q.cue ?? '').padEnd(10)} ${q.kind === 'direct' ? '“' : ''}${truncate(q.text, 110)}${q.kind === 'direct' ? '”' : ''}  — ${truncate(q.source ?? '-', 20)}\n`,
        );
      }
      io.out(`${Math.min(limit, quotes.length)} of ${quotes.length} quotes; * = dated by the article, not the sentence\n`);
    });
}
