import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { BrinkError } from '../../core/errors.ts';
import {
  buildIndex,
  defaultLedgerRules,
  defaultQuadTable,
  LEDGER_STATUSES,
  renderIndexChart,
  renderIndexCsv,
  renderIndexJson,
  renderLedgerJson,
  renderLedgerText,
  type Ledger,
} from '../../corpus/index.ts';
import { buildBriefInput, renderBriefHtml, renderBriefMarkdown } from '../../report/index.ts';
import { currentWithCopies, storedIndex, storedLedger } from '../../service/corpus-results.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, toDateRange, toFilter } from '../options.ts';
import { withStore } from '../with-store.ts';

interface Period {
  since?: string;
  until?: string;
}

function parseDyad(value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const m = /^([A-Za-z]{3}|IGO):([A-Za-z]{3}|IGO)$/.exec(value);
  if (!m) throw new BrinkError('usage', `Unexpected --dyad "${value}", expected two country codes like RUS:UKR`);
  return [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
}

export function registerLedger(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('ledger')
    .description('the say–do ledger: each claim or commitment, and what later reports say happened to it')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--actor <code>', 'only claims binding this actor (country code like RUS, or actor id)')
    .option('--status <status>', `only rows whose final status is this: ${LEDGER_STATUSES.join(', ')}`)
    .option('--since <date>', 'claims made on or after this date')
    .option('--until <date>', 'claims made on or before this date')
    .option('--json', 'print the ledger as JSON')
    .option('--recompute', 'recompute the ledger even when the stored one is current')
    .addHelpText(
      'after',
      '\nThe ledger is stored in the database and reused until an ingest changes the contents.\n' +
        '\nExamples:\n  $ brink ledger --actor RUS --status contradicted\n  $ brink ledger --since 2022-02-10 --until 2022-02-24 --json',
    )
    .action(async (flags: Period & { db: string; actor?: string; status?: string; json?: boolean; recompute?: boolean }) => {
      if (flags.status !== undefined && !(LEDGER_STATUSES as readonly string[]).includes(flags.status)) {
        throw new BrinkError('usage', `Unexpected --status "${flags.status}", expected one of ${LEDGER_STATUSES.join(', ')}`);
      }
      const { value: ledger } = await withStore(flags.db, (store) =>
        storedLedger(store, defaultLedgerRules(), toDateRange(flags), { recompute: flags.recompute === true }),
      );
      const actor = flags.actor;
      const rows = ledger.rows.filter(
        (r) =>
          (actor === undefined || r.actor === actor.toUpperCase() || r.actor === actor) &&
          (flags.status === undefined || r.status === flags.status),
      );
      const view: Ledger = {
        ...ledger,
        rows,
        actors: actor === undefined ? ledger.actors : ledger.actors.filter((a) => a.actor === actor.toUpperCase() || a.actor === actor),
      };
      io.out(flags.json ? renderLedgerJson(view) : renderLedgerText(view, { width: process.stdout.columns || 120 }));
    });

  program
    .command('index')
    .description('the conflict–cooperation series per dyad: quad-class counts and mean Goldstein intensity by day or week')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--dyad <a:b>', 'two sides, either direction (e.g. RUS:UKR); all events when omitted')
    .option('--by <unit>', 'day or week', 'week')
    .option('--since <date>', 'articles published on or after this date')
    .option('--until <date>', 'articles published on or before this date')
    .option('--json', 'print as JSON')
    .option('--csv', 'print as CSV')
    .option('--recompute', 'recompute the series even when the stored one is current')
    .addHelpText(
      'after',
      '\nThe series is stored in the database and reused until an ingest changes the contents.\n' +
        '\nExamples:\n  $ brink index --dyad RUS:UKR --by day\n  $ brink index --dyad RUS:USA --by week --csv > rus-usa.csv',
    )
    .action(async (flags: Period & { db: string; dyad?: string; by: string; json?: boolean; csv?: boolean; recompute?: boolean }) => {
      if (flags.by !== 'day' && flags.by !== 'week') throw new BrinkError('usage', `Unexpected --by "${flags.by}", expected day or week`);
      const dyad = parseDyad(flags.dyad);
      const by = flags.by;
      const { value: index } = await withStore(flags.db, (store) =>
        storedIndex(store, defaultQuadTable(), { ...(dyad ? { dyad } : {}), by }, toFilter(flags), { recompute: flags.recompute === true }),
      );
      io.out(flags.json ? renderIndexJson(index) : flags.csv ? renderIndexCsv(index) : renderIndexChart(index, { width: 40 }));
    });

  program
    .command('report')
    .description('a self-contained brief (HTML or Markdown): key claims and their fate, the escalation chart, who said what')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--out <file>', 'where to write the brief', 'brief.html')
    .option('--format <format>', 'html or md', 'html')
    .option('--dyad <a:b>', 'dyad for the escalation chart', 'RUS:UKR')
    .option('--since <date>', 'period start')
    .option('--until <date>', 'period end')
    .option('--title <title>', 'title of the brief')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink report --out brief.html\n  $ brink report --format md --out brief.md --since 2022-02-01 --until 2022-03-01',
    )
    .action(async (flags: Period & { db: string; out: string; format: string; dyad: string; title?: string }) => {
      if (flags.format !== 'html' && flags.format !== 'md')
        throw new BrinkError('usage', `Unexpected --format "${flags.format}", expected html or md`);
      const dyad = parseDyad(flags.dyad);
      const bounds = toDateRange(flags);
      const filter = toFilter(flags);
      const { ledger, analyses } = await withStore(flags.db, async (store) => {
        const read = await currentWithCopies(store, filter);
        // Without a period the brief's articles are the whole store, which is what the ledger reads.
        const whole = Object.keys(filter).length === 0 ? read : undefined;
        return { ledger: (await storedLedger(store, defaultLedgerRules(), bounds, {}, whole)).value, analyses: read };
      });
      const index = buildIndex(analyses, { ...(dyad ? { dyad } : {}), by: 'week' }, defaultQuadTable());
      const input = buildBriefInput(analyses, { ledger, index, ...(flags.title ? { title: flags.title } : {}) });
      writeFileSync(flags.out, flags.format === 'html' ? renderBriefHtml(input) : renderBriefMarkdown(input));
      io.err(`Wrote the brief to ${flags.out} (${ledger.rows.length} claims, ${analyses.length} articles)\n`);
    });
}
