import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli-run.ts';

test('the demo ingests the whole bundled corpus without a failure and tours it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-demo-'));
  try {
    const run = await runCli(['demo', '--db', join(dir, 'demo.db')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /, 0 failed/);
    assert.match(run.stdout, /1 new versions/);
    const copies = /Syndicated copies linked to their originals \((\d+)\)/.exec(run.stdout);
    assert.equal(copies?.[1], '3');
    assert.match(run.stdout, /brink search 'withdraw\* AND troops' {2}\([1-9]\d* articles\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
