/**
 * Renderers of the ledger for `brink ledger`: a plain-text listing for the terminal and JSON.
 * Article text is untrusted: the text renderer strips control characters so a sentence cannot
 * carry terminal escape sequences.
 */
import type { Ledger, LedgerRow } from './types.ts';

export const LEDGER_SCHEMA = 'brink.ledger/1' as const;

/** Removes C0 and C1 control characters (ESC, CSI…) and folds line breaks and tabs to spaces. */
export function terminalSafe(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters from untrusted text is the point
  return value.replace(/[\t\n\r]+/gu, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/gu, '');
}

function clip(value: string, width: number): string {
  const safe = terminalSafe(value);
  return safe.length <= width ? safe : `${safe.slice(0, Math.max(0, width - 1))}…`;
}

/** One row's lines: its header, the claim sentence, then its steps (all, or only those that changed the status). */
export function rowLines(row: LedgerRow, width: number, options: { readonly changesOnly?: boolean } = {}): string[] {
  const head = `${row.date ?? 'undated   '}  ${row.status.padEnd(12)} ${row.kind.padEnd(11)} ${clip(row.actor, 10).padEnd(10)} ${clip(row.speaker ?? '', 24)}`;
  const lines = [head, `    “${clip(row.summary, width - 6)}” (${row.outlets} outlet${row.outlets === 1 ? '' : 's'})`];
  for (const s of row.steps) {
    if (options.changesOnly === true && !s.changed) continue;
    lines.push(
      `    ${s.date}  ${s.changed ? '→' : '·'} ${s.status.padEnd(12)} by ${clip(s.by, 10)}: ${clip(s.evidence[0]?.sentence ?? '', width - 42)}`,
    );
  }
  return lines;
}

/** A listing: per claim its date, status, kind, actor, speaker, sentence and steps; then per-actor totals. */
export function renderLedgerText(ledger: Ledger, options: { readonly width?: number } = {}): string {
  const width = Math.max(60, options.width ?? 120);
  const lines = [`${ledger.rows.length} claims from ${ledger.articles} articles (${ledger.duplicates} syndicated copies)`, ''];
  for (const row of ledger.rows) lines.push(...rowLines(row, width), '');
  lines.push('actor       claims  kept  contradicted  disputed  corroborated  open  median days to contradiction');
  for (const a of ledger.actors) {
    lines.push(
      `${clip(a.actor, 10).padEnd(10)} ${String(a.claims).padStart(7)} ${String(a.kept).padStart(5)} ${String(a.contradicted).padStart(13)} ${String(a.disputed).padStart(9)} ${String(a.corroborated).padStart(13)} ${String(a.open).padStart(5)}  ${a.medianDaysToContradiction ?? '-'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The ledger as JSON, tagged with its schema. */
export function renderLedgerJson(ledger: Ledger): string {
  return `${JSON.stringify({ schema: LEDGER_SCHEMA, ...ledger }, null, 2)}\n`;
}
