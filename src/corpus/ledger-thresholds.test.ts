/** The ledger's numeric thresholds at their edges, with rule tables varied from the default. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLedger } from './ledger.ts';
import { defaultLedgerRules } from './load-rules.ts';
import type { LedgerRules } from './rules.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';

const base = defaultLedgerRules();
const denial: ArticleSpec = {
  id: 'd',
  published: '2022-01-10',
  source: 'Wire',
  sentences: [{ text: 'We will not attack, he said.', events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS' }] }],
};
/** A later article that restates the denial (dated to it) and reports an accusation of it: disputes count in the claim's own articles. */
const accusation = (day: number): ArticleSpec => ({
  id: `acc${day}`,
  published: `2022-01-${String(10 + day).padStart(2, '0')}`,
  source: 'Herald',
  sentences: [
    {
      text: 'We will not attack, he said.',
      events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS', date: '2022-01-10' }],
    },
    { text: `Accusation ${day}.`, events: [{ type: 'ACCUSE', source: 'UKR', target: 'RUS' }] },
  ],
});
const attack = (date: string, id = `atk-${date}`, source = 'Wire'): ArticleSpec => ({
  id,
  published: date,
  source,
  sentences: [{ text: `Attack ${id}.`, events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }] }],
});

test('maxStepsPerClaim: the earliest steps up to the cap, plus every step that changed the status', () => {
  const rules: LedgerRules = { ...base, maxStepsPerClaim: 2 };
  const row = buildLedger([denial, accusation(1), accusation(2), accusation(3), attack('2022-02-24')].map(makeArticle), rules).rows[0];
  assert.deepEqual(
    row?.steps.map((s) => `${s.date} ${s.status}`),
    ['2022-01-11 disputed', '2022-01-12 disputed', '2022-02-24 contradicted'],
  );
  assert.equal(row?.status, 'contradicted');
});

test('maxStepsPerClaim: after a final status, steps stop at the cap', () => {
  const rules: LedgerRules = { ...base, maxStepsPerClaim: 2 };
  const attacks = ['2022-02-24', '2022-02-25', '2022-02-26', '2022-02-27'].map((d) => attack(d));
  const row = buildLedger([denial, ...attacks].map(makeArticle), rules).rows[0];
  assert.equal(row?.steps.length, 2);
  assert.equal(row?.statusDate, '2022-02-24');
});

test('corroboration.minOutlets: N outlets corroborate, N-1 do not', () => {
  const forecast: ArticleSpec = {
    id: 'f',
    published: '2022-02-11',
    source: 'Dispatch',
    sentences: [
      {
        text: 'An invasion could begin, Sullivan said.',
        events: [{ type: 'ASSAULT', modality: 'hypothetical', source: 'RUS', target: 'UKR', speaker: 'USA' }],
      },
    ],
  };
  const rules: LedgerRules = { ...base, corroboration: { ...base.corroboration, minOutlets: 3 } };
  const two = [attack('2022-02-24', 'w', 'Wire'), attack('2022-02-24', 'h', 'Herald')];
  const three = [...two, attack('2022-02-24', 'l', 'Ledger')];
  assert.equal(buildLedger([forecast, ...two].map(makeArticle), rules).rows[0]?.status, 'open');
  assert.equal(buildLedger([forecast, ...three].map(makeArticle), rules).rows[0]?.status, 'corroborated');
});

test('an undated claim cannot be placed in a window and stays open', () => {
  const undated: ArticleSpec = {
    ...denial,
    published: null,
    sentences: [
      { text: 'We will not attack.', events: [{ type: 'ASSAULT', modality: 'negated', source: 'RUS', speaker: 'RUS', date: null }] },
    ],
  };
  const row = buildLedger([undated, attack('2022-02-24')].map(makeArticle), base).rows[0];
  assert.equal(row?.date, null);
  assert.equal(row?.status, 'open');
});
