/** How the CLI prints a diagnostic: its reason, and where it is when the reason does not say. */
import type { Diagnostic } from '../core/diagnostic.ts';

/** The reason, followed by `(in FILE:LINE)` when the diagnostic knows a file its reason does not name. */
export function describeDiagnostic(d: Diagnostic): string {
  if (d.file === undefined || d.file === '' || d.reason.includes(d.file)) return d.reason;
  return `${d.reason} (in ${d.file}${d.line === undefined ? '' : `:${d.line}`})`;
}
