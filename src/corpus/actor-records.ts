/**
 * Per-actor summary of the ledger: how many claims each actor made and how they fared, and the
 * median days from a claim to its first contradicting step (how long words held).
 */
import { daysBetween } from './event-index.ts';
import type { ActorRecord, LedgerRow } from './types.ts';

/** The median of a non-empty list (mean of the two middle values for even lengths), else null. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** One record per actor, most claims first, then by actor. */
export function actorRecords(rows: readonly LedgerRow[]): ActorRecord[] {
  const byActor = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    const list = byActor.get(row.actor);
    if (list === undefined) byActor.set(row.actor, [row]);
    else list.push(row);
  }
  const records: ActorRecord[] = [];
  for (const [actor, list] of byActor) {
    const count = (status: LedgerRow['status']): number => list.filter((r) => r.status === status).length;
    const days: number[] = [];
    for (const row of list) {
      const first = row.steps.find((s) => s.status === 'contradicted');
      if (first !== undefined && row.date !== null) days.push(daysBetween(row.date, first.date));
    }
    records.push({
      actor,
      claims: list.length,
      open: count('open'),
      kept: count('kept'),
      contradicted: count('contradicted'),
      disputed: count('disputed'),
      corroborated: count('corroborated'),
      medianDaysToContradiction: median(days),
    });
  }
  return records.sort((a, b) => b.claims - a.claims || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}
