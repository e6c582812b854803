/**
 * The say–do ledger over many articles: claims (merged across the articles that report them, a
 * syndicated copy folding into its original's claim), each with the later reports that settled it,
 * and per-actor records. Pure: takes analyses and a rule table, returns values.
 */
import type { Analysis } from '../core/analysis.ts';
import { actorRecords } from './actor-records.ts';
import { claimOf, type ClaimDraft } from './claims.ts';
import { indexEvents } from './event-index.ts';
import { fateOf, sentenceKey } from './fates.ts';
import { addArticle, createLedgerState, metaById, orderedArticles, type LedgerState } from './ledger-state.ts';
import { compareEvidence, countOutletsOf, evidenceOf, isCopyOfPresent, originOf, outletKeys } from './outlets.ts';
import type { LedgerRules } from './rules.ts';
import type { Ledger, LedgerEvidence, LedgerRow } from './types.ts';

export interface LedgerOptions {
  /** Inclusive ISO date bounds on the claim's date; undated claims are kept only without bounds. */
  readonly since?: string;
  readonly until?: string;
}

interface Accumulated {
  readonly draft: ClaimDraft;
  readonly evidence: Map<string, LedgerEvidence>;
}

function inRange(date: string | null, options: LedgerOptions): boolean {
  if (options.since === undefined && options.until === undefined) return true;
  if (date === null) return false;
  return (options.since === undefined || date >= options.since) && (options.until === undefined || date <= options.until);
}

/** Claims of the corpus, merged: same key, or a copy's claim with the same identity as its original's. */
function mergeClaims(state: LedgerState, rules: LedgerRules): Map<string, Accumulated> {
  const articles = metaById(state);
  const claims = new Map<string, Accumulated>();
  const byArticleIdentity = new Map<string, string>();
  const ordered = orderedArticles(state);
  // Originals first, so every copy finds the claim it repeats whatever order articles arrived in.
  for (const pass of [false, true]) {
    for (const { meta, events } of ordered) {
      if (isCopyOfPresent(meta, articles) !== pass) continue;
      const origin = originOf(meta, articles);
      for (const record of events) {
        const draft = claimOf(rules, record);
        if (draft === null) continue;
        const key = (pass && typeof origin !== 'string' ? byArticleIdentity.get(`${origin.id}|${draft.identity}`) : undefined) ?? draft.key;
        let acc = claims.get(key);
        if (acc === undefined) {
          acc = { draft, evidence: new Map() };
          claims.set(key, acc);
        }
        acc.evidence.set(sentenceKey(meta.id, record.span.start), evidenceOf(record));
        if (!pass && !byArticleIdentity.has(`${meta.id}|${draft.identity}`)) byArticleIdentity.set(`${meta.id}|${draft.identity}`, key);
      }
    }
  }
  return claims;
}

function compareRows(a: LedgerRow, b: LedgerRow): number {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The ledger of everything in `state`. */
export function ledgerFromState(state: LedgerState, rules: LedgerRules, options: LedgerOptions = {}): Ledger {
  const articles = metaById(state);
  const outlets = outletKeys(articles);
  const index = indexEvents([...state.articles.values()].flatMap((a) => a.events));
  const rows: LedgerRow[] = [];
  for (const [key, acc] of mergeClaims(state, rules)) {
    const { draft } = acc;
    if (!inRange(draft.date, options)) continue;
    const evidence = [...acc.evidence.values()].sort(compareEvidence);
    const ownSentences = new Set([...acc.evidence.keys()]);
    const fate = fateOf({ draft, ownSentences }, index, rules, outlets);
    rows.push({
      key,
      kind: draft.kind,
      actor: draft.actor,
      subject: draft.subject,
      target: draft.target,
      speaker: draft.speaker,
      date: draft.date,
      summary: evidence[0]?.sentence ?? draft.record.sentence,
      topic: draft.topic,
      eventType: draft.eventType,
      modality: draft.modality,
      rule: draft.rule,
      evidence,
      outlets: countOutletsOf(
        evidence.map((e) => e.articleId),
        outlets,
      ),
      steps: fate.steps,
      status: fate.status,
      statusDate: fate.statusDate,
    });
  }
  rows.sort(compareRows);
  const duplicates = [...articles.values()].filter((m) => m.duplicateOf !== null).length;
  return { rows, actors: actorRecords(rows), articles: articles.size, duplicates };
}

/** The ledger of a batch of analyses (equal to adding them one by one to a state). */
export function buildLedger(analyses: Iterable<Analysis>, rules: LedgerRules, options: LedgerOptions = {}): Ledger {
  const state = createLedgerState();
  for (const analysis of analyses) addArticle(state, analysis);
  return ledgerFromState(state, rules, options);
}
