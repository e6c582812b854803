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

const patterns = new Map<string, RegExp>();

/** A rule's event-rule pattern, compiled once. */
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) {
    re = new RegExp(source, 'u');
    patterns.set(source, re);
  }
  return re;
}

/** The first claim rule the record fits, or undefined. */
export function claimRuleFor(rules: LedgerRules, record: EventRecord): ClaimRule | undefined {
  return rules.claims.find(
    (rule) =>
      rule.types.includes(record.type) &&
      (rule.eventRules === undefined || rule.eventRules.some((p) => patternOf(p).test(record.rule))) &&
      rule.modalities.includes(record.modality) &&
      (!rule.requiresQuote || record.quoted) &&
      speakerFits(rule, record),
  );
}

/**
 * The acting side of a claim. A spokesman's statement about units he does not place ("Units of the
 * Southern and Western military districts ... will begin moving to their garrisons", said the
 * defence ministry's spokesman) speaks for his own side's units, so an unplaced source in a quote
 * of a placed speaker takes the speaker's side.
 */
function subjectOf(record: EventRecord): string | null {
  if (record.quoted && record.voice !== null && (record.source === null || !record.sourcePlaced)) return record.voice;
  return record.source;
}

/** The claim an event makes under the rules, or null (not a claim, or no acting side to bind). */
export function claimOf(rules: LedgerRules, record: EventRecord): ClaimDraft | null {
  const subject = subjectOf(record);
  if (subject === null) return null;
  const rule = claimRuleFor(rules, subject === record.source ? record : { ...record, source: subject });
  if (rule === undefined) return null;
  const warning = rule.binds === 'speaker-against-source' && record.voice !== null;
  const actor = rule.binds === 'source' ? subject : (record.voice ?? subject);
  // A warning: the speaker's side is the one that will act, against the side the condition names.
  const [claimSubject, target] = warning ? [actor, subject] : [subject, record.target];
  const topic = [...new Set(rule.topic.map((t) => (t === '@type' ? record.type : t)))].sort();
  const identity = [rule.kind, actor, claimSubject, topic.join('+'), target ?? '', record.speakerId ?? ''].join('|');
  return {
    identity,
    key: `${identity}|${record.date ?? ''}`,
    kind: rule.kind,
    actor,
    subject: claimSubject,
    target,
    speaker: record.speaker,
    date: record.date,
    topic,
    eventType: record.type,
    modality: record.modality,
    rule: rule.id,
    record,
  };
}
