import type { Command } from 'commander';
import { BrinkError } from '../../core/errors.ts';
import type { ArticleSummary } from '../../store/store.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, toFilter, toPage, type FilterFlags } from '../options.ts';
import { renderTable, truncate } from '../table.ts';
import { withStore } from '../with-store.ts';
import { describeAnalysis } from './analyze.ts';

interface ListFlags extends FilterFlags {
  db: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

export function registerArticles(program: Command, io: CliIo, _exit: ExitHolder): void {
  const articles = program.command('articles').description('list stored articles, or show one');
  articles
    .command('list', { isDefault: true })
    .description('list stored articles, newest first by publication date')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--since <date>', 'published on or after this date')
    .option('--until <date>', 'published on or before this date')
    .option('--source <name>', 'only this outlet')
    .option('--all', 'include near-duplicate copies and superseded versions')
    .option('--limit <n>', 'rows per page', '50')
    .option('--offset <n>', 'rows to skip', '0')
    .option('--json', 'print the page as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink articles --since 2022-02-14 --until 2022-02-24\n  $ brink articles --source "Meridian Wire" --json',
    )
    .action(async (flags: ListFlags) => {
      const page = await withStore(flags.db, (store) => store.listArticles(toFilter(flags), toPage(flags, 50)));
      if (flags.json) {
        io.out(JSON.stringify(page, null, 2) + '\n');
        return;
      }
      io.out(renderArticles(page.items));
      io.out(pageFooter(page.offset, page.items.length, page.total));
    });
  articles
    .command('show')
    .description('show one stored article (id or a unique prefix of 6+ characters)')
    .argument('<id>', 'article id or prefix')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the stored brink.analysis/1 record')
    .option('--text', 'print the clean text')
    .action(async (id: string, flags: { db: string; json?: boolean; text?: boolean }) => {
      const analysis = await withStore(flags.db, (store) => store.getAnalysis(id));
      if (analysis === null)
        throw new BrinkError('usage', `Unexpected article id "${id}", expected the id (or a unique prefix) of a stored article`);
      if (flags.json) io.out(JSON.stringify(analysis, null, 2) + '\n');
      else if (flags.text) io.out(analysis.document.text + '\n');
      else io.out(describeAnalysis(analysis));
    });
}

export function renderArticles(items: readonly ArticleSummary[]): string {
  return renderTable(
    ['id', 'published', 'source', 'title', 'note'],
    items.map((a) => [
      a.id.slice(0, 10),
      a.published ?? 'unknown',
      truncate(a.source ?? '-', 22),
      truncate(a.title ?? '(no title)', 60),
      a.duplicateOf ? `copy of ${a.duplicateOf.slice(0, 10)}` : a.supersededBy ? `superseded by ${a.supersededBy.slice(0, 10)}` : '',
    ]),
  );
}

export function pageFooter(offset: number, shown: number, total: number): string {
  if (total === 0) return 'No matching articles.\n';
  if (shown === 0) return `No rows at --offset ${offset}: there are ${total} in all.\n`;
  const more = offset + shown < total ? ` (next page: --offset ${offset + shown})` : '';
  return `${offset + 1}-${offset + shown} of ${total}${more}\n`;
}
