/** Store contract: reading by id and prefix, listing with filters and pages, stats. */
import assert from 'node:assert/strict';
import { makeAnalysis } from '../helpers/make-analysis.ts';
import { SYNDICATED, WIRE } from '../helpers/syndication-fixtures.ts';
import { PAGE, article, body, isUsageError, type It } from './common.ts';

export function registerReadTests(it: It): void {
  it('an article is found by its id or a unique prefix of six or more hex digits', async (store) => {
    const analysis = makeAnalysis({ text: body(11), id: 'abcdef0123456789' });
    await store.saveAnalysis(analysis);
    await store.saveAnalysis(makeAnalysis({ text: body(12), id: 'abcdef9999999999' }));
    const table: [string, string | null][] = [
      ['abcdef0123456789', 'abcdef0123456789'],
      ['abcdef0', 'abcdef0123456789'],
      ['abcde', null],
      ['0000000', null],
      ['not-an-id', null],
      ["abcdef' OR 1=1 --", null],
    ];
    for (const [query, expected] of table) assert.equal((await store.getAnalysis(query))?.document.id ?? null, expected, query);
    await isUsageError(store.getAnalysis('abcdef'));
  });

  it('listing filters by date range, source and pages with a total', async (store) => {
    const rows: [number, string | null, string | null][] = [
      [20, '2022-02-14', 'Reuters'],
      [21, '2022-02-15', 'reuters'],
      [22, '2022-02-15T23:30:00Z', 'AP'],
      [23, '2022-02-16', 'Reuters'],
      [24, null, 'Reuters'],
    ];
    for (const [seed, published, source] of rows) await store.saveAnalysis(article(seed, { published, source }));
    const titles = async (filter: object, page = PAGE): Promise<string[]> =>
      (await store.listArticles(filter, page)).items.map((item) => item.title ?? '');
    assert.deepEqual(await titles({}), ['Report 23', 'Report 22', 'Report 21', 'Report 20', 'Report 24']);
    assert.deepEqual(await titles({ since: '2022-02-15', until: '2022-02-15' }), ['Report 22', 'Report 21']);
    assert.deepEqual(await titles({ since: '2022-02-16' }), ['Report 23']);
    assert.deepEqual(await titles({ until: '2022-02-14' }), ['Report 20']);
    assert.deepEqual(await titles({ source: 'REUTERS' }), ['Report 23', 'Report 21', 'Report 20', 'Report 24']);
    const page = await store.listArticles({}, { limit: 2, offset: 2 });
    assert.deepEqual([page.total, page.limit, page.offset, page.items.length], [5, 2, 2, 2]);
    assert.deepEqual(await titles({}, { limit: 2, offset: 4 }), ['Report 24']);
    assert.deepEqual(await titles({}, { limit: 2, offset: 10 }), []);
  });

  it('bad filters and pages are usage errors', async (store) => {
    const bad: [object, object][] = [
      [{ since: 'yesterday' }, PAGE],
      [{ until: "2022' OR '1'='1" }, PAGE],
      [{ source: ' ' }, PAGE],
      [{}, { limit: 0, offset: 0 }],
      [{}, { limit: 1.5, offset: 0 }],
      [{}, { limit: 10, offset: -1 }],
    ];
    for (const [filter, page] of bad) await isUsageError(store.listArticles(filter, page as typeof PAGE));
  });

  it('a large limit is honoured, not capped', async (store) => {
    for (let seed = 30; seed < 45; seed++) await store.saveAnalysis(article(seed));
    const page = await store.listArticles({}, { limit: 1_000_000, offset: 0 });
    assert.equal(page.items.length, 15);
    assert.equal(page.limit, 1_000_000);
  });

  it('stats count articles, duplicates, versions, sources, dates and words', async (store) => {
    assert.deepEqual(await store.stats(), {
      articles: 0,
      duplicates: 0,
      superseded: 0,
      sources: [],
      firstPublished: null,
      lastPublished: null,
      words: 0,
    });
    await store.saveAnalysis(makeAnalysis({ text: WIRE, uri: 'a', source: 'Wire', published: '2024-03-05' }));
    await store.saveAnalysis(makeAnalysis({ text: SYNDICATED, uri: 'b', source: 'Outlet', published: '2024-03-06' }));
    await store.saveAnalysis(article(50, { uri: 'c', source: 'Wire', published: '2024-01-01' }));
    await store.saveAnalysis(article(51, { uri: 'c', source: 'Wire', published: '2024-01-02' }));
    const stats = await store.stats();
    assert.deepEqual(
      { ...stats, words: stats.words > 0 },
      {
        articles: 4,
        duplicates: 1,
        superseded: 1,
        firstPublished: '2024-01-01',
        lastPublished: '2024-03-06',
        words: true,
        sources: [
          { source: 'Wire', articles: 3 },
          { source: 'Outlet', articles: 1 },
        ],
      },
    );
  });
}
