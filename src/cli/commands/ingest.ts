import type { Command } from 'commander';
import { countInputFiles, DEFAULT_EXCLUDE, type ReadOptions } from '../../ingest/index.ts';
import { ingest, type IngestSummary } from '../../service/ingest.ts';
import { stagesFor } from '../../service/stages.ts';
import { describeDiagnostic } from '../diagnostics.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { DEFAULT_DB, parseCount } from '../options.ts';
import { progressBar } from '../progress.ts';
import { withStore } from '../with-store.ts';

interface IngestFlags {
  db: string;
  include?: string[];
  exclude?: string[];
  maxBytes?: string;
  format?: 'auto' | 'html' | 'text' | 'markdown';
  json?: boolean;
  quiet?: boolean;
  actors?: string[];
  ner?: boolean;
}

export function registerIngest(program: Command, io: CliIo, exit: ExitHolder): void {
  program
    .command('ingest')
    .description('read articles (files, folders, HTML, text, Markdown, JSON Lines, RSS/Atom, URLs, - for stdin), clean and store them')
    .argument('<inputs...>', 'files, directories, URLs, or - for standard input')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--include <glob...>', 'only files under directories that match (e.g. "**/*.html")')
    .option('--exclude <glob...>', 'skip files under directories that match')
    .option('--max-bytes <n>', 'largest file or download accepted, in bytes (default 52428800 = 50 MiB)')
    .option('--format <format>', 'force the format of single files: auto, html, text, markdown', 'auto')
    .option('--actors <file...>', 'extra actors for the knowledge base (format: data/actors/README.md)')
    .option('--ner', 'also find names the knowledge base lacks with the statistical tagger (about 3x slower actor stage)')
    .option('--json', 'print the per-article outcomes as JSON')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink ingest ~/articles/ feeds/kyiv.xml dump.jsonl --db crisis.db\n  $ brink ingest corpus/ --include "**/*.html" --exclude "**/drafts/**"\n  $ curl -s https://example.org/story | brink ingest - --db crisis.db',
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const read: ReadOptions = {
        ...(flags.include ? { include: flags.include } : {}),
        // A user's --exclude adds to the defaults (.git, node_modules, hidden files) rather than re-admitting them.
        ...(flags.exclude ? { exclude: [...DEFAULT_EXCLUDE, ...flags.exclude] } : {}),
        ...(flags.maxBytes === undefined ? {} : { maxBytes: parseCount('--max-bytes', flags.maxBytes, 0, 1) }),
        ...(flags.format && flags.format !== 'auto' ? { format: flags.format } : {}),
        stdin: io.stdin,
      };
      const stages = stagesFor({ actorFiles: flags.actors ?? [], tagger: flags.ner === true });
      const summary = await withStore(flags.db, async (store) => {
        const showProgress = io.interactive && !flags.quiet;
        const total = showProgress ? await countInputFiles(inputs, read).catch(() => null) : null;
        const bar = progressBar({ ...io, interactive: showProgress }, total, 'files');
        // The bar counts input files (the total known up front); the label counts articles, since
        // one JSON Lines file or feed holds many.
        let files = 0;
        let articles = 0;
        let last = '';
        const redraw = (): void => bar.update(files, `${articles} articles · ${last}`);
        const result = await ingest(inputs, {
          store,
          analyze: { stages },
          read: { ...read, onInput: (input) => ((files += 1), (last = input), redraw()) },
          onProgress: (p) => ((articles = p.done), redraw()),
        });
        bar.finish();
        return result;
      });
      io.out(flags.json ? JSON.stringify(summary, null, 2) + '\n' : describeSummary(summary, flags.db));
      for (const failure of summary.failures) io.err(`error: ${describeDiagnostic(failure)}\n`);
      exit.code = summary.counts.failed > 0 ? 1 : 0;
    });
}

export function describeSummary(summary: IngestSummary, db: string): string {
  const c = summary.counts;
  const lines = [
    `Stored in ${db}: ${c.inserted} new, ${c['new-version']} new versions, ${c.unchanged} unchanged, ${c.failed} failed` +
      (c.duplicates > 0 ? ` (${c.duplicates} linked to an earlier near-duplicate)` : ''),
  ];
  if (summary.warnings.length > 0) lines.push(`${summary.warnings.length} warnings, e.g. ${summary.warnings[0]?.reason ?? ''}`);
  return lines.join('\n') + '\n';
}
