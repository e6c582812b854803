import type { Command } from 'commander';
import { BrinkError } from '../../core/errors.ts';
import { collect } from '../../service/collect.ts';
import { corpusEvents, toGdeltTsv, toPloverJson } from '../../service/corpus-events.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, parseCount, toDateRange } from '../options.ts';
import { truncate } from '../table.ts';
import { withStore } from '../with-store.ts';

const MODALITIES = ['asserted', 'negated', 'hypothetical', 'future', 'claimed'];
const FORMATS = ['text', 'json', 'plover', 'gdelt'];

interface EventsFlags {
  db: string;
  actor?: string;
  type?: string;
  modality?: string;
  since?: string;
  until?: string;
  limit?: string;
  format: string;
  json?: boolean;
}

const list = (v: string | undefined): string[] | undefined =>
  v
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function registerEvents(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('events')
    .description('who did what to whom: coded events across the corpus, with modality and evidence')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--actor <code>', 'source actor country (RUS, USA, IGO) or actor id (kb:nato)')
    .option('--type <types>', 'PLOVER types, comma-separated (e.g. RETREAT,MOBILIZE)')
    .option('--modality <list>', `comma-separated: ${MODALITIES.join(', ')}`)
    .option('--since <date>', 'events dated on or after this date')
    .option('--until <date>', 'events dated on or before this date')
    .option('--limit <n>', 'events to show in the text listing', '50')
    .option('--format <format>', `text, json, plover (PLOVER JSON) or gdelt (tab-separated)`, 'text')
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink events --actor RUS --type RETREAT,MOBILIZE --modality claimed,asserted --since 2022-02-10\n  $ brink events --format gdelt > events.tsv\n  $ brink events --actor kb:nato --format plover > nato.json',
    )
    .action(async (flags: EventsFlags) => {
      const format = flags.json ? 'json' : flags.format;
      if (!FORMATS.includes(format))
        throw new BrinkError('usage', `Unexpected --format "${format}", expected one of ${FORMATS.join(', ')}`);
      const modalities = list(flags.modality);
      const bad = modalities?.find((m) => !MODALITIES.includes(m));
      if (bad) throw new BrinkError('usage', `Unexpected modality "${bad}", expected one of ${MODALITIES.join(', ')}`);
      const limit = parseCount('--limit', flags.limit, 50, 1);
      const types = list(flags.type);
      const analyses = await withStore(flags.db, (store) => collect(store.iterateAnalyses({})));
      const events = corpusEvents(analyses, {
        ...(flags.actor ? { actor: flags.actor } : {}),
        ...(types ? { types } : {}),
        ...(modalities ? { modalities } : {}),
        ...toDateRange(flags),
      });
      if (format === 'json') io.out(JSON.stringify(events, null, 2) + '\n');
      else if (format === 'plover') io.out(toPloverJson(events));
      else if (format === 'gdelt') io.out(toGdeltTsv(events));
      else {
        for (const e of events.slice(0, limit)) {
          const who = `${e.sourceCountry ?? e.sourceActor ?? '?'}→${e.targetCountry ?? e.targetActor ?? '-'}`;
          io.out(
            `${(e.date?.slice(0, 10) ?? 'undated').padEnd(10)} ${e.type.padEnd(9)} ${e.modality.padEnd(12)} ${who.padEnd(9)} ${truncate(e.sentence, 100)}  — ${truncate(e.source ?? '-', 18)}\n`,
          );
        }
        io.out(`${Math.min(limit, events.length)} of ${events.length} events\n`);
      }
    });
}
