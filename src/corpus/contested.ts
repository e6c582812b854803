/**
 * Contested facts: the same act (PLOVER type, acting side, side acted on, day) reported as done by
 * one outlet and as not done, or only as someone's claim, by another. Syndicated copies are not a
 * second outlet. These are the places where a reader should not trust a single report.
 */
import type { Analysis } from '../core/analysis.ts';
import { compareEvidence, evidenceOf, isCopyOfPresent, outletKey } from './outlets.ts';
import { articleRecords, type ArticleMeta } from './records.ts';
import type { LedgerEvidence } from './types.ts';

export interface ContestedFact {
  readonly date: string;
  readonly type: string;
  readonly source: string;
  readonly target: string | null;
  /** Reports that it happened, and reports that deny it or only relay a claim, each by outlet. */
  readonly asserted: readonly LedgerEvidence[];
  readonly doubted: readonly LedgerEvidence[];
}

/** Facts where at least one outlet asserts and a different outlet negates or only relays a claim. */
export function contestedFacts(analyses: Iterable<Analysis>): ContestedFact[] {
  const list = [...analyses].map(articleRecords);
  const metas = new Map<string, ArticleMeta>(list.map((a) => [a.meta.id, a.meta]));
  const facts = new Map<
    string,
    { asserted: Map<string, LedgerEvidence>; doubted: Map<string, LedgerEvidence>; outletsA: Set<string>; outletsD: Set<string> }
  >();
  for (const { meta, events } of list) {
    if (isCopyOfPresent(meta, metas)) continue;
    const outlet = outletKey(meta, metas);
    for (const r of events) {
      if (r.date === null || r.source === null) continue;
      const side = r.modality === 'asserted' ? 'a' : r.modality === 'negated' || r.modality === 'claimed' ? 'd' : null;
      if (side === null) continue;
      const key = [r.date, r.type, r.source, r.target ?? ''].join('|');
      let f = facts.get(key);
      if (f === undefined) facts.set(key, (f = { asserted: new Map(), doubted: new Map(), outletsA: new Set(), outletsD: new Set() }));
      (side === 'a' ? f.asserted : f.doubted).set(`${meta.id}:${r.span.start}`, evidenceOf(r));
      (side === 'a' ? f.outletsA : f.outletsD).add(outlet);
    }
  }
  const out: ContestedFact[] = [];
  for (const [key, f] of facts) {
    // Disagreement between outlets: some outlet doubts what a different outlet asserts.
    const disagree = [...f.outletsD].some((d) => [...f.outletsA].some((a) => a !== d));
    if (!disagree) continue;
    const [date = '', type = '', source = '', target = ''] = key.split('|');
    out.push({
      date,
      type,
      source,
      target: target === '' ? null : target,
      asserted: [...f.asserted.values()].sort(compareEvidence),
      doubted: [...f.doubted.values()].sort(compareEvidence),
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.source.localeCompare(b.source));
}
