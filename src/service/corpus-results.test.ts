import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLedger, defaultLedgerRules, defaultQuadTable } from '../corpus/index.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { denial as ledgerDenial, invasion as ledgerInvasion } from '../corpus/ledger-fixtures.test-helper.ts';
import { makeArticle, type ArticleSpec } from '../../test/helpers/make-corpus.ts';
import { storedIndex, storedLedger } from './corpus-results.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-results-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The ledger tests' denial and invasion, under ids of the length the store gives articles.
const denial: ArticleSpec = { ...ledgerDenial, id: 'aaaaaaaaaaaaaaa1' };
const invasion = ledgerInvasion('aaaaaaaaaaaaaaa2', 'Baltic Ledger');

test('the ledger is stored, reused while the contents stay the same, and recomputed after a save changes them', async () => {
  const store = await openSqliteStore(join(dir, 'ledger.db'));
  try {
    const rules = defaultLedgerRules();
    await store.saveAnalysis(makeArticle(denial));
    const first = await storedLedger(store, rules, {});
    assert.equal(first.fromStore, false);
    assert.equal(first.value.rows[0]?.status, 'open');
    const again = await storedLedger(store, rules, {});
    assert.equal(again.fromStore, true);
    assert.deepEqual(again.value, first.value);
    // A later report lands: the stored ledger is stale, the next read recomputes it.
    await store.saveAnalysis(makeArticle(invasion));
    const after = await storedLedger(store, rules, {});
    assert.equal(after.fromStore, false);
    assert.equal(after.value.rows[0]?.status, 'contradicted');
    assert.deepEqual(after.value, JSON.parse(JSON.stringify(buildLedger([makeArticle(denial), makeArticle(invasion)], rules))));
    // Saving the same text again changes nothing, so the stored result stays current.
    await store.saveAnalysis(makeArticle(invasion));
    assert.equal((await storedLedger(store, rules, {})).fromStore, true);
    // Other rules, another result; `recompute` forces a fresh one.
    const stricter = { ...rules, maxStepsPerClaim: 1 };
    assert.equal((await storedLedger(store, stricter, {})).fromStore, false);
    assert.equal((await storedLedger(store, rules, {}, { recompute: true })).fromStore, false);
    // Bounds are part of the query: each period is its own stored result.
    const bounded = await storedLedger(store, rules, { since: '2022-02-01' });
    assert.equal(bounded.fromStore, false);
    assert.equal(bounded.value.rows.length, 0);
  } finally {
    await store.close();
  }
});

test('the escalation index is stored per dyad and unit', async () => {
  const store = await openSqliteStore(join(dir, 'index.db'));
  try {
    await store.saveAnalysis(makeArticle(invasion));
    const table = defaultQuadTable();
    const week = await storedIndex(store, table, { dyad: ['RUS', 'UKR'], by: 'week' }, {});
    assert.equal(week.fromStore, false);
    assert.equal((await storedIndex(store, table, { dyad: ['RUS', 'UKR'], by: 'week' }, {})).fromStore, true);
    assert.equal((await storedIndex(store, table, { dyad: ['RUS', 'UKR'], by: 'day' }, {})).fromStore, false);
    assert.equal(
      week.value.periods.reduce((n, p) => n + p.events, 0),
      1,
    );
  } finally {
    await store.close();
  }
});
