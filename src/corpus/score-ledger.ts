/**
 * Compares a ledger with a gold ledger in the shape of data/demo/gold/ledger.json. A gold claim is
 * detected when some ledger row has an evidence sentence that starts with, or contains, one of
 * the claim's gold `sentencePrefix`es (whitespace-normalised). Among the rows that state it, the
 * one of the gold kind is compared when there is one, else the first (ledger order).
 */
import type { LedgerRow } from './types.ts';

export interface GoldClaim {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly evidence: readonly { readonly sentencePrefix: string }[];
}

export interface LedgerScore {
  /** Detected gold claims / gold claims. */
  readonly recall: number;
  /** Over detected claims: same final status, same kind. */
  readonly statusAccuracy: number;
  readonly kindAccuracy: number;
  readonly detected: number;
  /** One line per gold claim, for verbose eval output. */
  readonly log: readonly string[];
}

const normalise = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The ledger rows whose evidence states the gold claim. */
export function rowsForGold(gold: GoldClaim, rows: readonly LedgerRow[]): LedgerRow[] {
  const prefixes = gold.evidence.map((e) => normalise(e.sentencePrefix)).filter((p) => p !== '');
  return rows.filter((row) =>
    row.evidence.some((e) => {
      const sentence = normalise(e.sentence);
      return prefixes.some((p) => sentence.startsWith(p) || sentence.includes(p));
    }),
  );
}

export function scoreLedger(gold: readonly GoldClaim[], rows: readonly LedgerRow[]): LedgerScore {
  let detected = 0;
  let statusRight = 0;
  let kindRight = 0;
  const log: string[] = [];
  for (const g of gold) {
    const matches = rowsForGold(g, rows);
    const row = matches.find((r) => r.kind === g.kind) ?? matches[0];
    if (row === undefined) {
      log.push(`${g.id} missed (${g.kind}, ${g.status})`);
      continue;
    }
    detected++;
    if (row.status === g.status) statusRight++;
    if (row.kind === g.kind) kindRight++;
    log.push(`${g.id} ${g.kind}/${g.status} → ${row.kind}/${row.status} (${row.rule})`);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    recall: ratio(detected, gold.length),
    statusAccuracy: ratio(statusRight, detected),
    kindAccuracy: ratio(kindRight, detected),
    detected,
    log,
  };
}
