/** Store contract: the contents generation and stored corpus results (issue #8). */
import assert from 'node:assert/strict';
import { article, isUsageError, type It } from './common.ts';

export function registerResultTests(it: It): void {
  it('the generation rises with every save that changes the contents, and only then', async (store) => {
    const start = await store.generation();
    await store.saveAnalysis(article(1));
    const afterInsert = await store.generation();
    assert.ok(afterInsert > start, 'an insert bumps it');
    await store.saveAnalysis(article(1));
    assert.equal(await store.generation(), afterInsert, 'an unchanged save does not');
    await store.saveAnalysis(article(2, { uri: 'https://example.org/news/1' }));
    assert.ok((await store.generation()) > afterInsert, 'a new version bumps it');
  });

  it('a corpus result is stored, read back and replaced by name', async (store) => {
    assert.equal(await store.getCorpusResult('ledger::'), null);
    const body = { rows: [{ claim: 'Russia has “no plans” to attack', steps: [] }], articles: 2 };
    await store.putCorpusResult({ name: 'ledger::', fingerprint: 'f1', computedAt: '2026-11-23T04:00:00.000Z', body });
    assert.deepEqual(await store.getCorpusResult('ledger::'), {
      name: 'ledger::',
      fingerprint: 'f1',
      computedAt: '2026-11-23T04:00:00.000Z',
      body,
    });
    await store.putCorpusResult({ name: 'ledger::', fingerprint: 'f2', computedAt: '2026-11-23T05:00:00.000Z', body: [] });
    assert.equal((await store.getCorpusResult('ledger::'))?.fingerprint, 'f2');
    assert.deepEqual((await store.getCorpusResult('ledger::'))?.body, []);
    // Names are data, never SQL.
    await store.putCorpusResult({ name: "x'; DROP TABLE articles; --", fingerprint: 'f', computedAt: 'now', body: 1 });
    assert.equal((await store.getCorpusResult("x'; DROP TABLE articles; --"))?.body, 1);
    assert.equal((await store.stats()).articles, 0);
  });

  it('a corpus result needs a name, a fingerprint and a JSON body', async (store) => {
    await isUsageError(store.putCorpusResult({ name: ' ', fingerprint: 'f', computedAt: 'now', body: {} }));
    await isUsageError(store.putCorpusResult({ name: 'n', fingerprint: '', computedAt: 'now', body: {} }));
    await isUsageError(store.putCorpusResult({ name: 'n', fingerprint: 'f', computedAt: 'now', body: undefined }));
  });
}
