/** Store contract: streaming analyses for export. */
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { article, body, type It } from './common.ts';

/** Forces a full garbage collection, so heap figures measure only what is still referenced. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export function registerExportTests(it: It): void {
  it('iterateAnalyses streams in published order, undated last, with filters', async (store) => {
    const dates = ['2022-03-01', null, '2022-01-01', '2022-02-01T10:00:00Z', '2022-02-01'];
    for (const [i, published] of dates.entries())
      await store.saveAnalysis(article(90 + i, { published, source: i === 0 ? 'AP' : 'Reuters' }));
    const order: (string | null)[] = [];
    for await (const analysis of store.iterateAnalyses({})) order.push(analysis.document.published);
    assert.deepEqual(order, ['2022-01-01', '2022-02-01', '2022-02-01T10:00:00Z', '2022-03-01', null]);
    const reuters: (string | null)[] = [];
    for await (const analysis of store.iterateAnalyses({ source: 'reuters', since: '2022-02-01' }))
      reuters.push(analysis.document.published);
    assert.deepEqual(reuters, ['2022-02-01', '2022-02-01T10:00:00Z']);
  });

  it('iterateAnalyses does not hold every article in memory at once', async (store) => {
    const count = 160;
    const words = 2000; // about 11 kB of text per article
    for (let i = 0; i < count; i++) await store.saveAnalysis(article(1000 + i, { text: body(1000 + i, '', words) }));
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let seen = 0;
    for await (const analysis of store.iterateAnalyses({})) {
      assert.ok(analysis.document.text.length > 0);
      if (++seen % 25 === 0) {
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    assert.equal(seen, count);
    // A store that loaded everything first would hold at least every text at once.
    const everyText = count * body(1000, '', words).length;
    assert.ok(peak < everyText / 2, `retained ${peak} bytes while streaming texts of ${everyText} bytes`);
  });
}
