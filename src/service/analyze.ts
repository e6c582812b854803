/**
 * One raw document → one `brink.analysis/1` record: clean, build the document section, run the NLP
 * pipeline. Pure apart from reading nothing; the caller decides where the result goes.
 */
import { ANALYSIS_SCHEMA, type Analysis } from '../core/analysis.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { diagnostic } from '../core/diagnostic.ts';
import type { RawDocument } from '../core/raw-document.ts';
import { cleanRaw } from '../clean/index.ts';
import { buildDocument } from '../clean/document.ts';
import { runPipeline } from '../nlp/pipeline.ts';
import type { Stage } from '../nlp/stage.ts';
import { GENERATOR } from './version.ts';

export type AnalyzeResult =
  { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface AnalyzeOptions {
  /** The NLP stages to run; defaults to the pipeline's default list. */
  readonly stages?: readonly Stage[];
}

export function analyzeRaw(raw: RawDocument, options: AnalyzeOptions = {}): AnalyzeResult {
  const clean = cleanRaw(raw);
  const document = buildDocument({ uri: raw.meta.url ?? raw.uri, clean });
  const diagnostics: Diagnostic[] = [...raw.diagnostics, ...clean.diagnostics];
  if (document.text === '') {
    // The cleaner may already have said why (e.g. only page furniture); one message per input.
    if (diagnostics.some((d) => d.fatal)) return { ok: false, diagnostics: diagnostics.map((d) => (d.file ? d : { ...d, file: raw.uri })) };
    diagnostics.push(
      diagnostic({
        ruleId: 'clean/empty-body',
        reason: `Unexpected empty article body after cleaning ${raw.uri}, expected at least one paragraph of text`,
        source: 'clean',
        fatal: true,
        file: raw.uri,
      }),
    );
    return { ok: false, diagnostics };
  }
  const items = runPipeline(
    {
      text: document.text,
      paragraphs: document.paragraphs,
      published: document.published,
      language: document.language,
    },
    options.stages,
  );
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    generator: GENERATOR,
    document,
    sentences: items.sentences,
    actors: items.actors,
    quotes: items.quotes,
    times: items.times,
    events: items.events,
    diagnostics: [...diagnostics, ...items.diagnostics],
  };
  return { ok: true, analysis };
}
