/**
 * Claim extraction: which events are claims, of which kind, binding whom. The decisions are the
 * claim rules of data/ledger/rules.json, tried in order (first match wins); this file only applies
 * them. A claim draft is one event in one article; the ledger merges drafts of the same claim.
 */
import type { Modality } from '../core/analysis.ts';
import type { EventRecord } from './records.ts';
import type { ClaimRule, LedgerRules } from './rules.ts';
import type { ClaimKind } from './types.ts';

export interface ClaimDraft {
  /** Identity without the date: kind, actor, subject, topic, target, speaker. */
  readonly identity: string;
  /** identity + date: drafts with equal keys are the same claim reported again. */
  readonly key: string;
  readonly kind: ClaimKind;
  readonly actor: string;
  readonly subject: string;
  readonly target: string | null;
  readonly speaker: string | null;
  readonly date: string | null;
  readonly topic: readonly string[];
  readonly eventType: string;
  readonly modality: Modality;
  readonly rule: string;
  readonly record: EventRecord;
}

/** Whether the rule's speaker condition holds for the record. */
function speakerFits(rule: ClaimRule, record: EventRecord): boolean {
  const other = record.quoted && record.voice !== null && record.voice !== record.source;
  if (rule.speaker === 'self') return !other;
  if (rule.speaker === 'same') return record.quoted && record.voice !== null && record.voice === record.source;
  if (rule.speaker === 'other') return other;
  return true;
}

/** The first claim rule the record fits, or undefined. */
export function claimRuleFor(rules: LedgerRules, record: EventRecord): ClaimRule | undefined {
  return rules.claims.find(
    (rule) =>
      rule.types.includes(record.type) &&
      rule.modalities.includes(record.modality) &&
      (!rule.requiresQuote || record.quoted) &&
      speakerFits(rule, record),
  );
}

/** The claim an event makes under the rules, or null (not a claim, or no acting side to bind). */
export function claimOf(rules: LedgerRules, record: EventRecord): ClaimDraft | null {
  if (record.source === null) return null;
  const rule = claimRuleFor(rules, record);
  if (rule === undefined) return null;
  const actor = rule.binds === 'speaker' ? (record.voice ?? record.source) : record.source;
  const topic = [...new Set(rule.topic.map((t) => (t === '@type' ? record.type : t)))].sort();
  const identity = [rule.kind, actor, record.source, topic.join('+'), record.target ?? '', record.speakerId ?? ''].join('|');
  return {
    identity,
    key: `${identity}|${record.date ?? ''}`,
    kind: rule.kind,
    actor,
    subject: record.source,
    target: record.target,
    speaker: record.speaker,
    date: record.date,
    topic,
    eventType: record.type,
    modality: record.modality,
    rule: rule.id,
    record,
  };
}
