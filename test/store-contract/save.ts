/** Store contract: saving, idempotence, versions and atomicity. */
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.ts';
import { BrinkError } from '../../src/core/errors.ts';
import { PAGE, article, body, isUsageError, type It } from './common.ts';

export function registerSaveTests(it: It): void {
  it('a new article is inserted and saving it again is unchanged', async (store) => {
    const analysis = article(1);
    assert.deepEqual(await store.saveAnalysis(analysis), {
      id: analysis.document.id,
      status: 'inserted',
      previousId: null,
      duplicateOf: null,
    });
    assert.deepEqual(await store.saveAnalysis(analysis), {
      id: analysis.document.id,
      status: 'unchanged',
      previousId: null,
      duplicateOf: null,
    });
    assert.equal((await store.stats()).articles, 1);
  });

  it('the stored analysis comes back equal to what was saved', async (store) => {
    const analysis = article(2, { published: '2022-02-15', source: 'Reuters', byline: 'A. Writer' });
    await store.saveAnalysis(analysis);
    assert.deepEqual(await store.getAnalysis(analysis.document.id), analysis);
  });

  it('a changed text at the same uri is a new version that supersedes the old one', async (store) => {
    const uri = 'https://example.org/story';
    const v1 = article(3, { uri });
    const v2 = article(4, { uri });
    const v3 = article(5, { uri });
    await store.saveAnalysis(v1);
    assert.deepEqual(await store.saveAnalysis(v2), {
      id: v2.document.id,
      status: 'new-version',
      previousId: v1.document.id,
      duplicateOf: null,
    });
    assert.equal((await store.saveAnalysis(v3)).previousId, v2.document.id);
    const visible = await store.listArticles({}, PAGE);
    assert.deepEqual(
      visible.items.map((item) => item.id),
      [v3.document.id],
    );
    const all = await store.listArticles({ includeDuplicates: true }, PAGE);
    const supersededBy = new Map(all.items.map((item) => [item.id, item.supersededBy]));
    assert.equal(supersededBy.get(v1.document.id), v2.document.id);
    assert.equal(supersededBy.get(v2.document.id), v3.document.id);
    assert.equal(supersededBy.get(v3.document.id), null);
    assert.notEqual(await store.getAnalysis(v1.document.id), null, 'old versions stay readable');
    assert.equal((await store.stats()).superseded, 2);
  });

  it('articles without a uri are never versions of each other', async (store) => {
    assert.equal((await store.saveAnalysis(article(6, { uri: null }))).status, 'inserted');
    assert.equal((await store.saveAnalysis(article(7, { uri: null }))).status, 'inserted');
  });

  it('a save that fails midway leaves nothing half-written', async (store) => {
    const uri = 'https://example.org/atomic';
    const v1 = article(8, { uri });
    await store.saveAnalysis(v1);
    const before = await store.stats();
    // A BigInt cannot be serialised to JSON, so this fails after the store began the new version.
    const broken = { ...article(9, { uri, text: body(9, 'zanzibarquokka') }), diagnostics: [{ bad: 1n }] } as unknown as Analysis;
    await assert.rejects(store.saveAnalysis(broken), BrinkError);
    assert.equal(await store.getAnalysis(broken.document.id), null);
    assert.deepEqual(await store.stats(), before);
    const list = await store.listArticles({}, PAGE);
    assert.deepEqual(
      list.items.map((item) => [item.id, item.supersededBy]),
      [[v1.document.id, null]],
    );
    assert.equal((await store.search('zanzibarquokka', {}, PAGE)).total, 0);
    assert.equal((await store.saveAnalysis(article(10, { uri }))).status, 'new-version', 'the store still works');
  });

  it('an analysis without a document id is a usage error', async (store) => {
    await isUsageError(store.saveAnalysis({ schema: 'brink.analysis/1' } as unknown as Analysis));
  });

  it('a closed store rejects further use', async (store) => {
    await store.close();
    await assert.rejects(store.stats(), BrinkError);
  });
}
