/**
 * What a brief shows, chosen from the corpus analyses: the period, the key claims and their fate,
 * the per-actor record, the most-quoted speakers, contested facts and the escalation index. The
 * renderers (brief-html.ts, brief-markdown.ts) only lay this out.
 */
import type { Analysis } from '../core/analysis.ts';
import { contestedFacts, type ContestedFact } from '../corpus/contested.ts';
import type { EscalationIndex } from '../corpus/escalation.ts';
import { isCopyOfPresent, outletKey } from '../corpus/outlets.ts';
import { articleMeta } from '../corpus/records.ts';
import { topSpeakers, type SpeakerSummary } from '../corpus/speakers.ts';
import type { ActorRecord, Ledger, LedgerRow, LedgerStatus } from '../corpus/types.ts';

export interface BriefInput {
  readonly title: string;
  /** First and last publication dates of the articles, or null when none is dated. */
  readonly period: { readonly from: string | null; readonly to: string | null };
  readonly articles: number;
  readonly duplicates: number;
  readonly outlets: number;
  /** Key claims, in date order. */
  readonly claims: readonly LedgerRow[];
  /** How many claims the ledger holds in all. */
  readonly totalClaims: number;
  readonly actors: readonly ActorRecord[];
  readonly speakers: readonly SpeakerSummary[];
  readonly contested: readonly ContestedFact[];
  readonly index: EscalationIndex;
}

export interface BriefOptions {
  readonly ledger: Ledger;
  readonly index: EscalationIndex;
  readonly title?: string;
  readonly maxClaims?: number;
  readonly maxSpeakers?: number;
  readonly quotesPerSpeaker?: number;
  readonly maxContested?: number;
}

/** Settled claims first (a broken word is the headline), then the most widely reported. */
const STATUS_WEIGHT: Record<LedgerStatus, number> = { contradicted: 0, kept: 1, corroborated: 2, disputed: 3, open: 4 };

/** The key claims: by status weight, outlets, steps and date; then shown in date order. */
export function keyClaims(rows: readonly LedgerRow[], limit: number): LedgerRow[] {
  const ranked = [...rows].sort(
    (a, b) =>
      STATUS_WEIGHT[a.status] - STATUS_WEIGHT[b.status] ||
      b.outlets - a.outlets ||
      b.steps.length - a.steps.length ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.key.localeCompare(b.key),
  );
  return ranked.slice(0, limit).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));
}

/**
 * The steps a brief shows for a claim: every step that changed its status, and the earliest
 * others up to `limit`; plus how many were left out.
 */
export function visibleSteps(row: LedgerRow, limit: number): { readonly steps: LedgerRow['steps']; readonly hidden: number } {
  const steps = row.steps.filter((s, i) => s.changed || i < limit);
  return { steps, hidden: row.steps.length - steps.length };
}

export function buildBriefInput(analyses: Iterable<Analysis>, options: BriefOptions): BriefInput {
  const list = [...analyses];
  const metas = new Map(list.map((a) => [a.document.id, articleMeta(a)]));
  const dates = [...metas.values()]
    .map((m) => m.published)
    .filter((d): d is string => d !== null)
    .sort();
  const outlets = new Set([...metas.values()].filter((m) => !isCopyOfPresent(m, metas)).map((m) => outletKey(m, metas)));
  return {
    title: options.title ?? 'Brink brief',
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    articles: metas.size,
    duplicates: [...metas.values()].filter((m) => isCopyOfPresent(m, metas)).length,
    outlets: outlets.size,
    claims: keyClaims(options.ledger.rows, options.maxClaims ?? 12),
    totalClaims: options.ledger.rows.length,
    actors: options.ledger.actors,
    speakers: topSpeakers(list, { limit: options.maxSpeakers ?? 8, perSpeaker: options.quotesPerSpeaker ?? 2 }),
    contested: contestedFacts(list).slice(0, options.maxContested ?? 8),
    index: options.index,
  };
}
