/**
 * A problem found in one input, reported beside its data instead of thrown, so the rest of a batch
 * goes on (the two-channel rule: bad data becomes a diagnostic, misuse of the API throws).
 */
export interface Diagnostic {
  /** Stable id of the check that fired, e.g. `ingest/invalid-utf8`. */
  readonly ruleId: string;
  /** One sentence in the form "Unexpected <what>, expected <what>". */
  readonly reason: string;
  /** The stage that reported it: `ingest`, `clean`, `nlp`, `store`. */
  readonly source: string;
  /** A fatal diagnostic means the input produced no article. */
  readonly fatal: boolean;
  /** File path or URL the problem is in, when known. */
  readonly file?: string;
  /** 1-based line (JSON Lines, feeds) or item index, when known. */
  readonly line?: number;
}

export function diagnostic(fields: Diagnostic): Diagnostic {
  return Object.freeze({ ...fields });
}
