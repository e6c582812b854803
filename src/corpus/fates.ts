/**
 * What happened to one claim: the later reports that match its kind's fate rules
 * (data/ledger/rules.json), grouped into steps (one per date, rule and acting side), and the status
 * they lead to under the rules' transition table. Matching only collects records; evidence and
 * outlet counts are built for the steps that are kept, which keeps large corpora fast.
 */
import type { ClaimDraft } from './claims.ts';
import { addDays, windowRange, type EventIndex } from './event-index.ts';
import { compareEvidence, countOutletsOf, evidenceOf } from './outlets.ts';
import type { EventRecord } from './records.ts';
import { nextStatuses, type FateRule, type LedgerRules } from './rules.ts';
import type { LedgerEvidence, LedgerStatus, LedgerStep, StepStatus } from './types.ts';

/** A claim as the fate finder sees it: its draft and the sentences that state it (never its own fate). */
export interface ClaimForFate {
  readonly draft: ClaimDraft;
  readonly ownSentences: ReadonlySet<string>;
}

export interface Fate {
  readonly steps: readonly LedgerStep[];
  readonly status: LedgerStatus;
  readonly statusDate: string | null;
}

/** Same-day order: words before deeds, so a deed on the day of a dispute settles the claim. */
const STATUS_RANK: Record<StepStatus, number> = { disputed: 0, corroborated: 1, kept: 2, contradicted: 3 };

export const sentenceKey = (articleId: string, start: number): string => `${articleId}:${start}`;

const EMPTY: readonly EventRecord[] = [];

function candidates(index: EventIndex, rule: FateRule, draft: ClaimDraft, type: string): (readonly EventRecord[])[] {
  if (rule.actor === 'subject') return [index.bySource.get(`${type}|${draft.subject}`) ?? EMPTY];
  if (rule.actor === 'parties' || rule.actor === 'either-party')
    return [index.bySource.get(`${type}|${draft.subject}`) ?? EMPTY, index.byTarget.get(`${type}|${draft.subject}`) ?? EMPTY];
  if (rule.target === 'claimant') return [index.byTarget.get(`${type}|${draft.actor}`) ?? EMPTY];
  // Otherwise every record of the type (for `claimant-here`, fits() keeps those in the claim's own articles).
  return [index.byType.get(type) ?? EMPTY];
}

/**
 * Whether `r` is between the two sides of offered talks. With `openCounterpart`, a report by either
 * side that names no counterpart counts too ("Blinken cancelled the meeting").
 */
function betweenParties(draft: ClaimDraft, r: EventRecord, openCounterpart: boolean): boolean {
  const other = draft.target;
  if (other === null) return r.source === draft.subject || r.target === draft.subject;
  const counterpart = (side: string, of: string): boolean =>
    r.source === side && (r.target === of || (openCounterpart && r.target === null));
  return counterpart(draft.subject, other) || counterpart(other, draft.subject);
}

function fits(rule: FateRule, draft: ClaimDraft, r: EventRecord, ownArticles: ReadonlySet<string>): boolean {
  if (!rule.modalities.includes(r.modality)) return false;
  // A deed must be reported with its actor named in the sentence: an act the coder could only pin on
  // the paragraph's actor (role `discourse`: "even significant reductions would not prevent ...")
  // never keeps, contradicts or corroborates a claim. Words may: "we have not seen any
  // de-escalation" disputes the pullback of the side the article is about.
  if (rule.status !== 'disputed' && r.rule.includes('/discourse/')) return false;
  if (rule.actor === 'subject' && r.source !== draft.subject) return false;
  if (rule.actor === 'not-claimant' && (r.source === null || r.source === draft.actor)) return false;
  if ((rule.actor === 'parties' || rule.actor === 'either-party') && !betweenParties(draft, r, rule.actor === 'either-party')) return false;
  if (rule.voice === 'not-claimant' && (r.voice === null || r.voice === draft.actor)) return false;
  if (rule.target === 'claimant' && r.target !== draft.actor) return false;
  if (rule.target === 'claimant-here' && !((r.target === draft.actor || r.target === null) && ownArticles.has(r.article.id))) return false;
  // A threat aimed at no one named is carried out by no act in particular: it stays open.
  if (rule.target === 'claim-target' && (draft.target === null || (r.target !== null && r.target !== draft.target))) return false;
  if (rule.target === 'same-target' && draft.target !== null && r.target !== draft.target) return false;
  return true;
}

interface Group {
  readonly date: string;
  readonly rule: FateRule;
  readonly by: string;
  readonly records: EventRecord[];
}

function compareGroups(a: Group, b: Group): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const rank = STATUS_RANK[a.rule.status] - STATUS_RANK[b.rule.status];
  if (rank !== 0) return rank;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

/** A position in one date-sorted candidate list, bounded by its rule's window. */
interface Cursor {
  readonly rule: FateRule;
  readonly list: readonly EventRecord[];
  i: number;
  readonly to: number;
}

function cursorsFor(claim: ClaimForFate, date: string, index: EventIndex, rules: LedgerRules): Cursor[] {
  const { draft } = claim;
  const cursors: Cursor[] = [];
  for (const rule of rules.fates[draft.kind] ?? []) {
    const first = addDays(date, rule.minDays);
    const last = addDays(date, rule.maxDays);
    for (const type of new Set(rule.types.flatMap((t) => (t === '@topic' ? draft.topic : [t])))) {
      for (const list of candidates(index, rule, draft, type)) {
        const [from, to] = windowRange(list, first, last);
        if (from < to) cursors.push({ rule, list, i: from, to });
      }
    }
  }
  return cursors;
}

/** The earliest date any cursor still points at, or null when all are spent. */
function nextDay(cursors: readonly Cursor[]): string | null {
  let day: string | null = null;
  for (const c of cursors) {
    if (c.i >= c.to) continue;
    const d = c.list[c.i]?.date ?? null;
    if (d !== null && (day === null || d < day)) day = d;
  }
  return day;
}

/** The groups of one day: every cursor advanced past `day`, its fitting records grouped by rule and side. */
function groupsOfDay(claim: ClaimForFate, cursors: readonly Cursor[], day: string, ownArticles: ReadonlySet<string>): Group[] {
  // A day holds few groups, so a linear scan beats a keyed map here.
  const groups: Group[] = [];
  for (const c of cursors) {
    for (; c.i < c.to; c.i++) {
      const r = c.list[c.i];
      if (r === undefined || r.date !== day) break;
      if (!fits(c.rule, claim.draft, r, ownArticles)) continue;
      if (ownArticles.has(r.article.id) && claim.ownSentences.has(sentenceKey(r.article.id, r.span.start))) continue;
      const by = (c.rule.by === 'voice' ? (r.voice ?? r.source) : r.source) ?? '?';
      const group = groups.find((g) => g.rule === c.rule && g.by === by);
      if (group === undefined) groups.push({ date: day, rule: c.rule, by, records: [r] });
      else group.records.push(r);
    }
  }
  return groups;
}

function stepOf(group: Group, changed: boolean, outlets: ReadonlyMap<string, string>): LedgerStep {
  const evidence = new Map<string, LedgerEvidence>();
  const events = new Set<string>();
  for (const r of group.records) {
    evidence.set(sentenceKey(r.article.id, r.span.start), evidenceOf(r));
    events.add(`${r.type} ${r.modality}`);
  }
  const list = [...evidence.values()].sort(compareEvidence);
  return {
    date: group.date,
    status: group.rule.status,
    by: group.by,
    rule: group.rule.id,
    event: [...events].sort().join(', '),
    changed,
    evidence: list,
    outlets: countOutletsOf(
      list.map((e) => e.articleId),
      outlets,
    ),
  };
}

/**
 * The steps and final status of a claim under the rules. `outlets` maps article id → outlet key
 * (outlets.ts `outletKeys`), so syndicated copies count with their original. Reports are read day
 * by day in date order, and reading stops once the status can no longer change (no transition
 * leaves it to a status this kind's rules produce) and the step list is full: a denial contradicted in February needs no scan of June.
 */
export function fateOf(claim: ClaimForFate, index: EventIndex, rules: LedgerRules, outlets: ReadonlyMap<string, string>): Fate {
  const date = claim.draft.date;
  if (date === null) return { steps: [], status: 'open', statusDate: null };
  const actor = claim.draft.actor;
  const ownArticles = new Set([...claim.ownSentences].map((k) => k.slice(0, k.lastIndexOf(':'))));
  const cursors = cursorsFor(claim, date, index, rules);
  // Statuses this kind's rules can still move a claim to, from each status.
  const produced = new Set((rules.fates[claim.draft.kind] ?? []).map((r) => r.status));
  const settled = (s: LedgerStatus): boolean => !nextStatuses(rules, claim.draft.kind, s).some((next) => produced.has(next as StepStatus));
  let status: LedgerStatus = 'open';
  let statusDate: string | null = null;
  let seen = 0;
  const steps: LedgerStep[] = [];
  for (let day = nextDay(cursors); day !== null; day = nextDay(cursors)) {
    const groups = groupsOfDay(claim, cursors, day, ownArticles).filter(
      (g) =>
        !g.rule.corroboration ||
        countOutletsOf(
          g.records.map((r) => r.article.id),
          outlets,
        ) >= rules.corroboration.minOutlets ||
        g.records.some((r) => r.quoted && r.voice !== null && r.voice !== actor),
    );
    groups.sort(compareGroups);
    for (const group of groups) {
      const changed = nextStatuses(rules, claim.draft.kind, status).includes(group.rule.status);
      if (changed) {
        status = group.rule.status;
        statusDate = group.date;
      }
      // Every status-changing step is kept, and the earliest others up to the cap.
      if (changed || seen < rules.maxStepsPerClaim) steps.push(stepOf(group, changed, outlets));
      seen++;
    }
    if (seen >= rules.maxStepsPerClaim && settled(status)) break;
  }
  return { steps, status, statusDate };
}
