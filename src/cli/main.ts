/**
 * `brink`: argv → the service API → stdout and an exit code. Exit codes: 0 all good, 1 some inputs
 * failed (the others were stored), 2 usage error (bad flag, bad query, unreadable database).
 */
import { Command, CommanderError } from 'commander';
import { BrinkError } from '../core/errors.ts';
import { GENERATOR } from '../service/version.ts';
import { processIo, type CliIo } from './io.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerArticles } from './commands/articles.ts';
import { registerSearch } from './commands/search.ts';
import { registerExport } from './commands/export.ts';
import { registerStats } from './commands/stats.ts';
import { registerDemo } from './commands/demo.ts';
import { registerActors } from './commands/actors.ts';
import { registerQuotes } from './commands/quotes.ts';
import { registerEvents } from './commands/events.ts';
import { registerTimeline } from './commands/timeline.ts';
import { registerLedger } from './commands/ledger.ts';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** Each command's action returns its exit code through this holder. */
export interface ExitHolder {
  code: number;
}

export function buildProgram(io: CliIo, exit: ExitHolder): Command {
  const program = new Command('brink')
    .description('Brink: who said what, who did what to whom, and whether words matched deeds, from crisis news.')
    .version(GENERATOR.replace('brink ', ''))
    .showHelpAfterError('(run with --help for usage and examples)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ brink demo                                   # ingest the bundled demo corpus into ./brink.db and tour it
  $ brink ingest ~/articles/ feeds/kyiv.xml dump.jsonl --db crisis.db
  $ brink analyze story.html --json > story.analysis.json
  $ brink search 'withdraw* AND troops' --since 2022-02-10 --db crisis.db
  $ brink export --format csv --db crisis.db > corpus.csv`,
  );
  for (const register of [
    registerIngest,
    registerAnalyze,
    registerArticles,
    registerSearch,
    registerExport,
    registerStats,
    registerActors,
    registerQuotes,
    registerEvents,
    registerTimeline,
    registerLedger,
    registerDemo,
  ]) {
    register(program, io, exit);
  }
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const exit: ExitHolder = { code: EXIT_OK };
  const program = buildProgram(io, exit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return benign ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof BrinkError) {
      io.err(`brink: ${error.message}\n`);
      return error.kind === 'input' ? EXIT_SOME_FAILED : EXIT_USAGE;
    }
    io.err(`brink: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}
