import type { Command } from 'commander';
import { BrinkError } from '../../core/errors.ts';
import { actorSightings, tallyActors } from '../../service/corpus-actors.ts';
import { collect } from '../../service/collect.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, parseCount, toFilter, type FilterFlags } from '../options.ts';
import { renderTable, truncate } from '../table.ts';
import { withStore } from '../with-store.ts';

interface ActorsFlags extends FilterFlags {
  db: string;
  kind?: string;
  country?: string;
  limit?: string;
  json?: boolean;
}

export function registerActors(program: Command, io: CliIo, _exit: ExitHolder): void {
  program
    .command('actors')
    .description('list the actors across the corpus with mention counts, first/last seen and roles')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--kind <kind>', 'person, organisation, state, igo, armed-group, media, group')
    .option('--country <code>', 'ISO 3166-1 alpha-3 code, or IGO')
    .option('--since <date>', 'articles published on or after this date')
    .option('--until <date>', 'articles published on or before this date')
    .option('--limit <n>', 'rows to show', '40')
    .option('--json', 'print all rows as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink actors --kind person --country RUS\n  $ brink actors --since 2022-02-14 --until 2022-02-24 --json',
    )
    .action(async (flags: ActorsFlags) => {
      const limit = parseCount('--limit', flags.limit, 40, 1);
      const analyses = await withStore(flags.db, (store) => collect(store.iterateAnalyses(toFilter(flags))));
      const rows = tallyActors(analyses, {
        ...(flags.kind ? { kind: flags.kind } : {}),
        ...(flags.country ? { country: flags.country } : {}),
      });
      if (flags.json) {
        io.out(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      io.out(
        renderTable(
          ['actor', 'kind', 'country', 'mentions', 'articles', 'first seen', 'last seen', 'roles'],
          rows
            .slice(0, limit)
            .map((a) => [
              truncate(a.name, 28),
              a.kind,
              a.country ?? '-',
              String(a.mentions),
              String(a.articles),
              a.firstSeen ?? '?',
              a.lastSeen ?? '?',
              truncate(a.roles.join('; '), 50),
            ]),
        ),
      );
      io.out(
        `${Math.min(limit, rows.length)} of ${rows.length} actors${rows.length > limit ? ` (more with --limit ${rows.length})` : ''}\n`,
      );
    });

  program
    .command('actor')
    .description('show one actor: aliases, roles, and the sentences that mention it')
    .argument('<name>', 'a name, surname, alias or kb: id (e.g. Lavrov, "the Kremlin", kb:nato)')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--limit <n>', 'sentences to show', '20')
    .option('--json', 'print as JSON')
    .action(async (name: string, flags: { db: string; limit?: string; json?: boolean }) => {
      const limit = parseCount('--limit', flags.limit, 20, 1);
      const analyses = await withStore(flags.db, (store) => collect(store.iterateAnalyses({})));
      const { actors, sightings } = actorSightings(analyses, name);
      if (actors.length === 0)
        throw new BrinkError(
          'usage',
          `Unexpected actor name "${name}": no stored article mentions it, expected a name, alias or id (see brink actors)`,
        );
      if (flags.json) {
        io.out(JSON.stringify({ actors, sightings }, null, 2) + '\n');
        return;
      }
      for (const a of actors) {
        io.out(`${a.name} (${a.id}) — ${a.kind}${a.country ? `, ${a.country}` : ''}${a.wikidata ? `, Wikidata ${a.wikidata}` : ''}\n`);
        io.out(`  ${a.mentions} mentions in ${a.articles} articles, ${a.firstSeen ?? '?'} to ${a.lastSeen ?? '?'}\n`);
        if (a.roles.length) io.out(`  roles: ${a.roles.join('; ')}\n`);
        io.out(`  called: ${a.aliases.slice(0, 12).join(' · ')}\n`);
      }
      io.out(`\nSentences (${Math.min(limit, sightings.length)} of ${sightings.length}):\n`);
      for (const s of sightings.slice(0, limit))
        io.out(`  ${s.published ?? 'unknown'}  ${truncate(s.source ?? '-', 18)}  ${truncate(s.sentence, 120)}\n`);
    });
}
