/**
 * The say–do ledger's output types. A ledger row is one claim (a statement that binds an actor to
 * a future act, denies an act, threatens, offers talks or asserts a fact) with the later reported
 * steps that settled it. The kinds and statuses are those of the demo gold ledger
 * (data/demo/gold/README.md) so the eval compares like with like.
 */
import type { Modality } from '../core/analysis.ts';
import type { Span } from '../core/span.ts';

export const CLAIM_KINDS = ['denial', 'withdrawal', 'talks-offer', 'threat', 'promise', 'claim'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const LEDGER_STATUSES = ['open', 'disputed', 'kept', 'contradicted', 'corroborated'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];
/** A status a step can move a claim to (every status but the starting one). */
export type StepStatus = Exclude<LedgerStatus, 'open'>;

/** Where a claim or a step is stated: one sentence of one stored article. */
export interface LedgerEvidence {
  readonly articleId: string;
  readonly uri: string | null;
  readonly source: string | null;
  readonly published: string | null;
  /** Id of the article this one is a syndicated copy of, else null. */
  readonly duplicateOf: string | null;
  /** The sentence that holds the event (untrusted article text: escape before display). */
  readonly sentence: string;
  /** The sentence's span in that article's `document.text`. */
  readonly span: Span;
}

export interface LedgerStep {
  readonly date: string;
  readonly status: StepStatus;
  /** Country (or name when no country) of the actor whose words or deeds the step reports. */
  readonly by: string;
  /** Id of the fate rule (data/ledger/rules.json) that matched. */
  readonly rule: string;
  /** PLOVER type and modality of the reported event, e.g. `ASSAULT asserted`. */
  readonly event: string;
  /** Whether the step changed the claim's status (false: recorded, but the status held). */
  readonly changed: boolean;
  readonly evidence: readonly LedgerEvidence[];
  /** Distinct independent outlets reporting it (syndicated copies count with their original). */
  readonly outlets: number;
}

export interface LedgerRow {
  /** Stable key of the claim: kind, actor, subject, topic, target, date and speaker. */
  readonly key: string;
  readonly kind: ClaimKind;
  /** Who the claim binds: ISO 3166 alpha-3 or `IGO`, else the actor's name. */
  readonly actor: string;
  /** Whose deeds settle it (the event's source), usually equal to `actor`. */
  readonly subject: string;
  /** The other party when known (the event's target country or name), else null. */
  readonly target: string | null;
  readonly speaker: string | null;
  readonly date: string | null;
  /** The evidence sentence of the earliest report. */
  readonly summary: string;
  /** PLOVER event types whose reports settle the claim. */
  readonly topic: readonly string[];
  readonly eventType: string;
  readonly modality: Modality;
  /** Id of the claim rule that made it. */
  readonly rule: string;
  readonly evidence: readonly LedgerEvidence[];
  readonly outlets: number;
  readonly steps: readonly LedgerStep[];
  readonly status: LedgerStatus;
  /** Date of the step that set the final status, or null when open. */
  readonly statusDate: string | null;
}

export interface ActorRecord {
  readonly actor: string;
  readonly claims: number;
  readonly open: number;
  readonly kept: number;
  readonly contradicted: number;
  readonly disputed: number;
  readonly corroborated: number;
  /** Median days from a claim to its first contradicting step, or null when none was contradicted. */
  readonly medianDaysToContradiction: number | null;
}

export interface Ledger {
  readonly rows: readonly LedgerRow[];
  readonly actors: readonly ActorRecord[];
  /** Articles read, and how many of them were syndicated copies. */
  readonly articles: number;
  readonly duplicates: number;
}
