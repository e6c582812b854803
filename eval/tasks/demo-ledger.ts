/**
 * The say–do ledger over the bundled demo corpus (data/demo), scored against its gold ledger
 * (data/demo/gold/ledger.json). The whole pipeline runs: ingest every demo file, analyse, store in
 * a temporary SQLite store (which links syndicated copies), read everything back with syndicated
 * copies but without superseded versions (as `brink ledger` does), build the ledger with the default rules.
 *
 * Scoring is src/corpus/score-ledger.ts:
 * - `claim-recall`: share of gold claims detected, a gold claim being detected when some ledger
 *   row has an evidence sentence that starts with, or contains, one of the claim's gold
 *   `sentencePrefix`es (whitespace-normalised).
 * - `status-accuracy`: over detected claims, share whose final status equals the gold status
 *   (the matching row of the gold kind when there is one, else the first matching row).
 * - `kind-accuracy`: over detected claims, share whose kind equals the gold kind.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/analysis.ts';
import { buildLedger } from '../../src/corpus/ledger.ts';
import { defaultLedgerRules } from '../../src/corpus/load-rules.ts';
import { scoreLedger, type GoldClaim } from '../../src/corpus/score-ledger.ts';
import { currentWithCopies } from '../../src/service/corpus-results.ts';
import { ingest } from '../../src/service/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { projectRoot } from '../lib/shared-dir.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

/** Every demo document analysed and stored, read back with syndicated copies but without superseded versions. */
export async function demoAnalyses(): Promise<Analysis[]> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-demo-ledger-'));
  const store = await openStore(join(dir, 'demo.db'));
  try {
    // data/demo/gold holds the answer key, not articles.
    const inputs = ['text', 'html', 'feeds', 'jsonl'].map((d) => join(projectRoot, 'data/demo', d));
    await ingest(inputs, { store });
    // What `brink ledger` reads: syndicated copies, not superseded versions.
    return await currentWithCopies(store, {});
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const task: EvalTask = {
  id: 'demo-ledger',
  title: 'Say–do ledger on the demo corpus vs its gold ledger (claims found, final status)',
  needs: [],
  async run(): Promise<readonly EvalRow[]> {
    const gold = JSON.parse(readFileSync(join(projectRoot, 'data/demo/gold/ledger.json'), 'utf8')) as GoldClaim[];
    const analyses = await demoAnalyses();
    const ledger = buildLedger(analyses, defaultLedgerRules());
    const score = scoreLedger(gold, ledger.rows);
    if (process.env['BRINK_EVAL_VERBOSE'] !== undefined) console.error(score.log.join('\n'));
    const events = analyses.reduce((n, a) => n + a.events.length, 0);
    const note = `${analyses.length} docs, ${events} events, ${ledger.rows.length} ledger rows`;
    return [
      { metric: 'claim-recall', value: score.recall, n: gold.length, note },
      { metric: 'status-accuracy', value: score.statusAccuracy, n: score.detected },
      { metric: 'kind-accuracy', value: score.kindAccuracy, n: score.detected },
    ];
  },
};
