import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { BrinkError } from '../../core/errors.ts';
import { exportCorpus, type ExportFormat } from '../../service/export.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, toFilter, type FilterFlags } from '../options.ts';
import { withStore } from '../with-store.ts';

interface ExportFlags extends FilterFlags {
  db: string;
  format: string;
  out?: string;
}

export function registerExport(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('export')
    .description('write the stored corpus as JSON Lines (full brink.analysis/1 records) or CSV (document fields)')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--since <date>', 'published on or after this date')
    .option('--until <date>', 'published on or before this date')
    .option('--source <name>', 'only this outlet')
    .option('--all', 'include near-duplicate copies and superseded versions')
    .option('--out <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink export --format jsonl --db crisis.db > corpus.jsonl\n  $ brink export --format csv --since 2022-02-01 --out february.csv',
    )
    .action(async (flags: ExportFlags) => {
      if (flags.format !== 'jsonl' && flags.format !== 'csv') {
        throw new BrinkError('usage', `Unexpected --format "${flags.format}", expected jsonl or csv`);
      }
      const format: ExportFormat = flags.format;
      const filter = toFilter(flags);
      const file = flags.out === undefined ? null : createWriteStream(flags.out);
      const write = file === null ? (chunk: string) => io.out(chunk) : (chunk: string) => void file.write(chunk);
      const count = await withStore(flags.db, (store) => exportCorpus(store, format, filter, write));
      if (file !== null) {
        await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
        io.err(`Wrote ${count} articles to ${flags.out}\n`);
      }
    });
}
