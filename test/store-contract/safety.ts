/** Store contract: hostile queries and text, and unicode. */
import assert from 'node:assert/strict';
import { BrinkError } from '../../src/core/errors.ts';
import { PAGE, article, body, type It } from './common.ts';

export function registerSafetyTests(it: It): void {
  const attacks = [
    "'; DROP TABLE articles; --",
    '" OR 1=1 --',
    "talks') OR ('1'='1",
    'title:talks',
    'NEAR(talks troops)',
    '^talks',
    '{title text}: talks',
    'talks + troops',
    'x"; DELETE FROM articles; --"',
    '\u0000talks',
  ];

  it('hostile search queries never change the store and fail only with usage errors', async (store) => {
    await store.saveAnalysis(article(80, { text: body(80, 'talks troops') }));
    const before = await store.stats();
    for (const query of attacks) {
      try {
        await store.search(query, {}, PAGE);
      } catch (error) {
        assert.ok(error instanceof BrinkError && error.kind === 'usage', `${query}: ${String(error)}`);
      }
    }
    assert.deepEqual(await store.stats(), before);
  });

  it('hostile text, title and uri are stored verbatim and searchable', async (store) => {
    const hostile = 'Robert\'); DROP TABLE articles;-- " OR 1=1 -- {title}: ^NEAR';
    const analysis = article(81, { text: body(81, hostile), title: hostile, uri: `https://x.example/?q=${hostile}` });
    await store.saveAnalysis(analysis);
    assert.deepEqual(await store.getAnalysis(analysis.document.id), analysis);
    assert.equal((await store.search('robert', {}, PAGE)).total, 1);
    assert.equal((await store.search('"DROP TABLE articles"', {}, PAGE)).total, 1);
  });

  it('unicode text round-trips and diacritics do not matter to search', async (store) => {
    const text = body(82, 'Kyïv Київ 北京 Zürich café 🙂 naïve');
    const analysis = article(82, { text, title: 'Über 🙂 Київ' });
    await store.saveAnalysis(analysis);
    assert.deepEqual(await store.getAnalysis(analysis.document.id), analysis);
    for (const query of ['kyiv', 'Київ', 'zurich', 'CAFÉ', '"naive"', 'über']) {
      assert.equal((await store.search(query, {}, PAGE)).total, 1, query);
    }
  });
}
