import type { Command } from 'commander';
import type { Analysis } from '../../core/analysis.ts';
import { BrinkError } from '../../core/errors.ts';
import type { RawDocument, SuppliedMeta } from '../../core/raw-document.ts';
import { readInputs } from '../../ingest/index.ts';
import { analyzeRaw } from '../../service/analyze.ts';
import { stagesFor } from '../../service/stages.ts';
import { describeDiagnostic } from '../diagnostics.ts';
import type { CliIo } from '../io.ts';
import type { ExitHolder } from '../main.ts';
import { parseDateFlag } from '../options.ts';
import { truncate } from '../table.ts';

interface AnalyzeFlags {
  json?: boolean;
  published?: string;
  source?: string;
  title?: string;
  format: string;
  actors?: string[];
  ner?: boolean;
}

const FORMATS = ['auto', 'text', 'html', 'markdown'] as const;

export function registerAnalyze(program: Command, io: CliIo, exit: ExitHolder): void {
  program
    .command('analyze')
    .description('analyse one input without a database and print its brink.analysis/1 record')
    .argument('<input>', 'a file, a URL, or - for standard input')
    .option('--json', 'print the brink.analysis/1 JSON (one object; JSON Lines when the input holds several articles)')
    .option('--published <date>', "the article's publication date (ISO), overriding what the page says")
    .option('--source <name>', 'the outlet, overriding what the page says')
    .option('--title <title>', 'the title, overriding the headline found')
    .option('--format <format>', 'input format: auto, text, html, markdown', 'auto')
    .option('--actors <file...>', 'extra actors for the knowledge base (format: data/actors/README.md)')
    .option('--ner', 'also find names the knowledge base lacks with the statistical tagger (about 3x slower actor stage)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ brink analyze story.html --json > story.analysis.json\n  $ brink analyze notes.txt --published 2022-02-17 --source "Meridian Wire"',
    )
    .action(async (input: string, flags: AnalyzeFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) {
        throw new BrinkError('usage', `Unexpected --format "${flags.format}", expected one of ${FORMATS.join(', ')}`);
      }
      const published = parseDateFlag('--published', flags.published);
      const overrides: SuppliedMeta = {
        ...(published === undefined ? {} : { published }),
        ...(flags.source === undefined ? {} : { source: flags.source }),
        ...(flags.title === undefined ? {} : { title: flags.title }),
      };
      const format = flags.format === 'auto' ? {} : { format: flags.format as 'text' | 'html' | 'markdown' };
      const stages = stagesFor({ actorFiles: flags.actors ?? [], tagger: flags.ner === true });
      const analyses: Analysis[] = [];
      let failed = 0;
      for await (const item of readInputs([input], { ...format, stdin: io.stdin })) {
        if (!item.ok) {
          io.err(`error: ${describeDiagnostic(item.diagnostic)}\n`);
          failed++;
          continue;
        }
        const doc: RawDocument = { ...item.doc, meta: { ...item.doc.meta, ...overrides } };
        const result = analyzeRaw(doc, { stages });
        if (!result.ok) {
          for (const d of result.diagnostics.filter((x) => x.fatal)) io.err(`error: ${describeDiagnostic(d)}\n`);
          failed++;
          continue;
        }
        analyses.push(result.analysis);
      }
      if (flags.json) {
        io.out(
          analyses.length === 1
            ? JSON.stringify(analyses[0], null, 2) + '\n'
            : analyses.map((a) => JSON.stringify(a)).join('\n') + (analyses.length ? '\n' : ''),
        );
      } else {
        for (const analysis of analyses) io.out(describeAnalysis(analysis));
      }
      exit.code = failed > 0 ? 1 : 0;
    });
}

export function describeAnalysis(a: Analysis): string {
  const d = a.document;
  const words = d.text.split(/\s+/).filter(Boolean).length;
  const lines = [
    `${d.title ?? '(no title)'}`,
    `  id ${d.id}  ${d.uri ?? ''}`,
    `  published ${d.published ?? 'unknown'}${d.publishedFrom ? ` (from ${d.publishedFrom})` : ''}  source ${d.source ?? 'unknown'}  byline ${d.byline ?? '-'}  language ${d.language ?? '?'}`,
    `  ${d.paragraphs.length} paragraphs, ${a.sentences.length} sentences, ${words} words; extraction ${d.extraction}; ${d.removed.length} blocks removed`,
  ];
  for (const removed of d.removed.slice(0, 5)) lines.push(`    removed (${removed.reason}): ${truncate(removed.text, 70)}`);
  if (d.removed.length > 5) lines.push(`    … and ${d.removed.length - 5} more`);
  lines.push(`  ${truncate(d.text, 160)}`);
  const people = a.actors.filter((x) => x.kind !== 'location').slice(0, 6);
  lines.push(
    `  ${a.actors.length} actors: ${people.map((x) => `${x.name}${x.country ? ` (${x.country})` : ''}`).join(', ')}${a.actors.length > people.length ? ', …' : ''}`,
  );
  lines.push(
    `  ${a.times.length} time expressions: ${a.times
      .slice(0, 5)
      .map((t) => `${t.text} = ${t.value ?? '?'}`)
      .join('; ')}${a.times.length > 5 ? '; …' : ''}`,
  );
  lines.push(`  ${a.quotes.length} quotes:`);
  for (const q of a.quotes.slice(0, 3))
    lines.push(`    ${q.speaker?.name ?? '(no speaker)'} ${q.cue?.text ?? ''}: ${truncate(q.text, 90)}`);
  lines.push(`  ${a.events.length} events:`);
  for (const e of a.events.slice(0, 4)) {
    lines.push(
      `    ${e.type} ${e.modality} ${e.source?.country ?? e.source?.name ?? '?'}→${e.target?.country ?? e.target?.name ?? '-'} (${e.trigger.text}, ${e.date ?? 'undated'})`,
    );
  }
  for (const diag of a.diagnostics) lines.push(`  ${diag.fatal ? 'error' : 'warning'}: ${diag.reason}`);
  return lines.join('\n') + '\n\n';
}
