/**
 * Builders for the diagnostics the ingest layer reports, so wording ("Unexpected <found>, expected
 * <expected>") and rule ids stay consistent across readers.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.ts';
import type { IngestItem } from '../core/raw-document.ts';

export interface Where {
  readonly file?: string;
  readonly line?: number;
}

/** A fatal ingest diagnostic: the input (or line/item) produced no article. */
export function fatal(ruleId: string, reason: string, where: Where = {}): Diagnostic {
  return make(ruleId, reason, true, where);
}

/** A non-fatal ingest diagnostic: the article was kept, but something was repaired or guessed. */
export function warning(ruleId: string, reason: string, where: Where = {}): Diagnostic {
  return make(ruleId, reason, false, where);
}

/** Wraps a fatal diagnostic as an ingest item. */
export function failed(d: Diagnostic): IngestItem {
  return { ok: false, diagnostic: d };
}

function make(ruleId: string, reason: string, fatalFlag: boolean, where: Where): Diagnostic {
  return diagnostic({
    ruleId: `ingest/${ruleId}`,
    reason,
    source: 'ingest',
    fatal: fatalFlag,
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.line === undefined ? {} : { line: where.line }),
  });
}

/** Maps a Node file-system error to a fatal diagnostic naming the path. */
export function fsErrorDiagnostic(error: unknown, path: string): Diagnostic {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return fatal('not-found', `No such file or directory: ${path}`, { file: path });
    case 'EACCES':
    case 'EPERM':
      return fatal('permission-denied', `Unexpected permission denied reading ${path}, expected a readable file or directory`, {
        file: path,
      });
    case 'ELOOP':
      return fatal('symlink-loop', `Unexpected symlink loop at ${path}, expected a link that resolves`, { file: path });
    case 'ENOTDIR':
      return fatal('not-found', `No such file or directory: ${path} (a parent is not a directory)`, { file: path });
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return fatal('read-error', `Unexpected error reading ${path} (${message}), expected a readable file`, { file: path });
    }
  }
}

/** The fatal diagnostic for an input larger than the configured ceiling. */
export function tooLarge(size: number | string, maxBytes: number, where: string): Diagnostic {
  return fatal(
    'too-large',
    `Unexpected size ${size} bytes in ${where}, expected at most ${maxBytes} bytes (raise the limit with --max-bytes)`,
    { file: where },
  );
}
