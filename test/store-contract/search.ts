/** Store contract: search syntax, filters, pages, snippets and ranks. */
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.ts';
import { makeAnalysis, type AnalysisFields } from '../helpers/make-analysis.ts';
import { SYNDICATED, WIRE } from '../helpers/syndication-fixtures.ts';
import { PAGE, article, body, isUsageError, type It } from './common.ts';

export function registerSearchTests(it: It): void {
  const corpus = async (store: Store): Promise<Record<string, string>> => {
    const items: [string, string, Partial<AnalysisFields>][] = [
      ['ceasefire', 'ceasefire talks collapsed near the border', { published: '2022-02-10', source: 'Reuters' }],
      ['withdrawal', 'troops began their withdrawal from the town', { published: '2022-02-20', source: 'AP' }],
      ['both', 'ceasefire talks resumed as troops withdrew', { published: '2022-03-01', source: 'Reuters' }],
      ['peace', 'the peace talks were held in the capital', { published: '2022-03-05', source: 'AFP', title: 'Summit opens' }],
    ];
    const ids: Record<string, string> = {};
    for (const [key, words, fields] of items) {
      const analysis = article(60 + Object.keys(ids).length, { text: body(60 + Object.keys(ids).length, words), ...fields });
      ids[key] = analysis.document.id;
      await store.saveAnalysis(analysis);
    }
    return ids;
  };
  const found = async (store: Store, query: string, filter: object = {}): Promise<string[]> =>
    (await store.search(query, filter, PAGE)).items.map((hit) => hit.id).sort();

  it('search supports words, phrases, prefixes, boolean operators and groups', async (store) => {
    const ids = await corpus(store);
    const table: [string, string[]][] = [
      ['ceasefire', ['ceasefire', 'both']],
      ['ceasefire talks', ['ceasefire', 'both']],
      ['talks AND troops', ['both']],
      ['"peace talks"', ['peace']],
      ['"talks peace"', []],
      ['withdr*', ['withdrawal', 'both']],
      ['ceasefire OR capital', ['ceasefire', 'both', 'peace']],
      ['talks NOT troops', ['ceasefire', 'peace']],
      ['talks -troops', ['ceasefire', 'peace']],
      ['talks AND NOT troops', ['ceasefire', 'peace']],
      ['(collapsed OR capital) talks', ['ceasefire', 'peace']],
      ['summit', ['peace']],
      ['CEASEFIRE', ['ceasefire', 'both']],
    ];
    for (const [query, keys] of table) {
      assert.deepEqual(await found(store, query), keys.map((key) => ids[key]).sort(), query);
    }
  });

  it('search applies date and source filters and pages with a total', async (store) => {
    const ids = await corpus(store);
    assert.deepEqual(await found(store, 'talks', { since: '2022-02-15' }), [ids['both'], ids['peace']].sort());
    assert.deepEqual(await found(store, 'talks', { until: '2022-03-01' }), [ids['ceasefire'], ids['both']].sort());
    assert.deepEqual(await found(store, 'talks', { source: 'reuters' }), [ids['ceasefire'], ids['both']].sort());
    const page = await store.search('talks', {}, { limit: 1, offset: 1 });
    assert.deepEqual([page.total, page.items.length, page.limit, page.offset], [3, 1, 1, 1]);
  });

  it('search hits carry a snippet with the match in brackets and a rank, best first', async (store) => {
    await corpus(store);
    const strong = article(70, { text: body(70, 'ceasefire ceasefire ceasefire ceasefire', 20) });
    await store.saveAnalysis(strong);
    const page = await store.search('ceasefire', {}, PAGE);
    assert.equal(page.items[0]?.id, strong.document.id);
    for (const hit of page.items) {
      assert.match(hit.snippet, /\[ceasefire\]/i);
      assert.equal(typeof hit.rank, 'number');
      // Each snippet is cut from its own article (a rowid bound as REAL once gave every hit the first one's).
      const own = (await store.getAnalysis(hit.id))?.document.text ?? '';
      const words = hit.snippet
        .replace(/[[\]…]/g, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 3);
      assert.ok(
        words.every((w) => own.includes(w)),
        `snippet of ${hit.id} comes from its own text`,
      );
    }
    assert.equal(new Set(page.items.map((hit) => hit.snippet)).size, page.items.length, 'distinct articles have distinct snippets');
    const ranks = page.items.map((hit) => hit.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      'higher rank first',
    );
  });

  it('search hides duplicates and old versions unless asked', async (store) => {
    await store.saveAnalysis(makeAnalysis({ text: WIRE, uri: 'wire' }));
    await store.saveAnalysis(makeAnalysis({ text: SYNDICATED, uri: 'copy' }));
    assert.equal((await store.search('convoy', {}, PAGE)).total, 1);
    assert.equal((await store.search('convoy', { includeDuplicates: true }, PAGE)).total, 2);
  });

  it('bad query syntax is a usage error', async (store) => {
    await corpus(store);
    for (const query of ['', '   ', '"unclosed', '(talks', 'talks)', 'AND talks', 'talks OR', '-talks', 'NOT talks', 'wi*th', '***']) {
      await isUsageError(store.search(query, {}, PAGE));
    }
  });
}
