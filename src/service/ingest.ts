/**
 * The ingest use case: read inputs → analyse each article → store it, one transaction per article.
 * A bad input becomes a failed outcome with its diagnostic and the batch goes on; the summary's
 * `failed` count is what the CLI turns into exit code 1.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { diagnostic } from '../core/diagnostic.ts';
import { readInputs, type ReadOptions } from '../ingest/index.ts';
import type { SaveStatus, Store } from '../store/store.ts';
import { analyzeRaw, type AnalyzeOptions } from './analyze.ts';

export interface ItemOutcome {
  readonly uri: string;
  readonly status: SaveStatus | 'failed';
  readonly id: string | null;
  readonly duplicateOf: string | null;
  readonly title: string | null;
}

export interface IngestProgress {
  /** Articles and failed inputs handled so far. */
  readonly done: number;
  readonly last: ItemOutcome;
}

export interface IngestSummary {
  readonly outcomes: readonly ItemOutcome[];
  readonly counts: Readonly<Record<ItemOutcome['status'], number>> & { readonly duplicates: number };
  /** Fatal problems: inputs that produced no stored article. */
  readonly failures: readonly Diagnostic[];
  /** Non-fatal problems in stored articles (e.g. a Windows-1252 fallback). */
  readonly warnings: readonly Diagnostic[];
}

export interface IngestOptions {
  readonly store: Store;
  readonly read?: ReadOptions;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly analyze?: AnalyzeOptions;
}

export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const outcomes: ItemOutcome[] = [];
  const failures: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const counts = { inserted: 0, unchanged: 0, 'new-version': 0, failed: 0, duplicates: 0 };
  const record = (outcome: ItemOutcome): void => {
    outcomes.push(outcome);
    counts[outcome.status]++;
    if (outcome.duplicateOf !== null && outcome.status !== 'failed') counts.duplicates++;
    options.onProgress?.({ done: outcomes.length, last: outcome });
  };
  for await (const item of readInputs(inputs, options.read)) {
    if (!item.ok) {
      failures.push(item.diagnostic);
      record({ uri: item.diagnostic.file ?? '(unknown input)', status: 'failed', id: null, duplicateOf: null, title: null });
      continue;
    }
    const analysed = analyzeRaw(item.doc, options.analyze);
    if (!analysed.ok) {
      failures.push(...analysed.diagnostics.filter((d) => d.fatal));
      record({ uri: item.doc.uri, status: 'failed', id: null, duplicateOf: null, title: null });
      continue;
    }
    const { analysis } = analysed;
    warnings.push(...analysis.diagnostics.filter((d) => !d.fatal));
    try {
      const saved = await options.store.saveAnalysis(analysis);
      record({ uri: item.doc.uri, status: saved.status, id: saved.id, duplicateOf: saved.duplicateOf, title: analysis.document.title });
    } catch (error) {
      failures.push(
        diagnostic({
          ruleId: 'store/save-failed',
          reason: `Unexpected failure storing ${item.doc.uri}: ${error instanceof Error ? error.message : String(error)}, expected a writable Brink database`,
          source: 'store',
          fatal: true,
          file: item.doc.uri,
        }),
      );
      record({ uri: item.doc.uri, status: 'failed', id: null, duplicateOf: null, title: analysis.document.title });
    }
  }
  return { outcomes, counts, failures, warnings };
}
