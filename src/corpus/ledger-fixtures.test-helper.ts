/** Shared fixtures of the ledger tests: a small corpus builder, a denial and the reports that settle claims. */
import assert from 'node:assert/strict';
import { buildLedger } from './ledger.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';
import type { Ledger, LedgerRow } from './types.ts';

export const rules = defaultLedgerRules();

export function ledgerOf(...specs: ArticleSpec[]): Ledger {
  return buildLedger(specs.map(makeArticle), rules);
}

export function only(rows: readonly LedgerRow[]): LedgerRow {
  assert.equal(rows.length, 1, JSON.stringify(rows.map((r) => r.key)));
  return rows[0] as LedgerRow;
}

export const statuses = (row: LedgerRow): string[] => row.steps.map((s) => `${s.date} ${s.status}${s.changed ? '' : ' (held)'}`);

export const denial: ArticleSpec = {
  id: 'a1',
  published: '2022-01-10',
  source: 'Meridian Wire',
  sentences: [
    {
      text: '"We have no intention of attacking Ukraine," Ryabkov said.',
      events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', target: 'UKR', speaker: 'RUS', speakerName: 'Sergei Ryabkov' }],
    },
  ],
};

export const invasion = (id: string, source: string, published = '2022-02-24'): ArticleSpec => ({
  id,
  published,
  source,
  sentences: [{ text: 'Russia launched a full-scale invasion of Ukraine.', events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }] }],
});

/** A Russian build-up reported on `published`: the deed that contradicts an announced pullback. */
export const buildup = (id: string, source?: string, published = '2022-02-17'): ArticleSpec => ({
  id,
  published,
  ...(source === undefined ? {} : { source }),
  sentences: [{ text: 'Russia has added 7,000 troops.', events: [{ type: 'MOBILIZE', source: 'RUS' }] }],
});
