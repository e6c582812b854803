/**
 * The Store contract on real SQLite files, plus what only SQLite has: file checks, read-only
 * opening, schema versions, and two processes writing one database at once.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { BrinkError } from '../src/core/errors.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, type Migration } from '../src/store/sqlite/migrations.ts';
import { openStore } from '../src/store/open-store.ts';
import { runStoreContract } from './store-contract.ts';
import { makeAnalysis, seededWords } from './helpers/make-analysis.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newPath = (): string => join(dir, `store-${++files}.db`);

runStoreContract({ name: 'sqlite', newStore: () => openSqliteStore(newPath()) });

function storeError(pattern: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof BrinkError, String(error));
    assert.equal(error.kind, 'store');
    assert.match(error.message, pattern);
    return true;
  };
}

const sample = (seed: number) => makeAnalysis({ text: seededWords(seed, 60), uri: `u${seed}` });

describe('SQLite store files', () => {
  test('a file that is not an SQLite database is refused with its name', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'These are notes, not a database.\n'.repeat(50));
    await assert.rejects(openSqliteStore(path), storeError(/^Unexpected file format in .*notes\.txt, expected an SQLite database/));
  });

  test('a directory, a path under a file, a missing directory and a read-only directory are refused', async () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, '');
    const table: [string, RegExp][] = [
      [dir, /Unexpected directory .*, expected an SQLite database file/],
      [join(file, 'x.db'), /expected a writable file in an existing, writable directory/],
      [join(dir, 'missing', 'x.db'), /expected a writable file in an existing, writable directory/],
    ];
    // /proc refuses new files even to root, so it stands in for a read-only directory on Linux.
    if (process.platform === 'linux') table.push(['/proc/brink-test.db', /Unexpected failure to open .* for writing/]);
    for (const [path, pattern] of table) await assert.rejects(openSqliteStore(path), storeError(pattern), path);
  });

  test('an SQLite database made by another program is refused', async () => {
    const path = newPath();
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER)');
    db.close();
    await assert.rejects(openSqliteStore(path), storeError(/foreign tables .* expected an empty file or a brink database/));
  });

  test('a database from a newer schema version is refused with both versions', async () => {
    const path = newPath();
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await assert.rejects(
      openSqliteStore(path),
      storeError(new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1} .* expected at most ${LATEST_SCHEMA_VERSION}`)),
    );
  });

  test('a new database is migrated to the latest version, in WAL mode, and keeps its data on reopening', async () => {
    const path = newPath();
    const store = await openSqliteStore(path);
    await store.saveAnalysis(sample(1));
    await store.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    const reopened = await openSqliteStore(path);
    assert.equal((await reopened.stats()).articles, 1);
    await reopened.close();
  });

  test('a failing migration rolls back whole and leaves the version where it was', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, reason: 'test', sql: 'CREATE TABLE extra (x INTEGER); CREATE TABLE broken (' },
    ];
    assert.throws(() => migrate(db, steps));
    assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
    const extra = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'extra'`).get() as { n: number };
    assert.equal(extra.n, 0);
    migrate(db, steps.slice(0, -1)); // Already applied steps are skipped.
    db.close();
  });

  test('a version-1 database is upgraded in place on open: saves bump the generation and results can be stored', async () => {
    const path = newPath();
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.close();
    const v1 = await openSqliteStore(path);
    await v1.saveAnalysis(sample(4));
    assert.equal((await v1.stats()).articles, 1);
    assert.ok((await v1.generation()) >= 1);
    await v1.putCorpusResult({ name: 'ledger::', fingerprint: 'f', computedAt: 'now', body: { rows: [] } });
    assert.deepEqual((await v1.getCorpusResult('ledger::'))?.body, { rows: [] });
    await v1.close();
  });

  test('a read-only store reads but refuses writes, and needs an existing file', async () => {
    const path = newPath();
    const writer = await openSqliteStore(path);
    await writer.saveAnalysis(sample(2));
    await writer.close();
    const reader = await openSqliteStore(path, { readonly: true });
    assert.equal((await reader.stats()).articles, 1);
    await assert.rejects(reader.saveAnalysis(sample(3)), storeError(/Unexpected write to .* opened read-only/));
    await assert.rejects(
      reader.putCorpusResult({ name: 'ledger::', fingerprint: 'f', computedAt: 'now', body: {} }),
      storeError(/Unexpected write to .* opened read-only/),
    );
    await reader.close();
    await assert.rejects(openSqliteStore(newPath(), { readonly: true }), storeError(/Unexpected missing database/));
  });

  test(
    'a database in a directory we may not write is refused clearly',
    { skip: process.getuid?.() === 0 ? 'root ignores file permissions' : false },
    async () => {
      const locked = mkdtempSync(join(dir, 'locked-'));
      chmodSync(locked, 0o555);
      try {
        await assert.rejects(openSqliteStore(join(locked, 'x.db')), storeError(/expected a writable file/));
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );

  test('a writer that cannot get the lock within busyTimeoutMs fails with a store error and writes nothing', async () => {
    const path = newPath();
    const store = await openSqliteStore(path, { busyTimeoutMs: 0 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    await assert.rejects(
      store.saveAnalysis(sample(4)),
      storeError(/^Unexpected SQLITE_BUSY .* expected the database to accept the operation/),
    );
    other.exec('ROLLBACK');
    other.close();
    assert.equal((await store.stats()).articles, 0);
    assert.equal((await store.saveAnalysis(sample(4))).status, 'inserted');
    await store.close();
    await assert.rejects(openSqliteStore(path, { busyTimeoutMs: -1 }), BrinkError);
  });

  test('two processes writing one database at once both finish with nothing lost', async () => {
    const path = newPath(); // Not created beforehand: both processes also race to create and migrate it.
    const perChild = 150;
    const children = [10_000, 20_000].map((first) =>
      spawn(process.execPath, ['--import', 'tsx', 'test/helpers/store-writer-child.ts', path, String(first), String(perChild)], {
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
    const outputs = children.map((child) => {
      let out = '';
      let err = '';
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('ready\n')) resolve();
        }),
      );
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const done = new Promise<Record<string, number>>((resolve, reject) =>
        child.on('close', (code) =>
          code === 0
            ? resolve(JSON.parse(out.slice(out.indexOf('ready\n') + 6)) as Record<string, number>)
            : reject(new Error(`child exited ${code}: ${err}`)),
        ),
      );
      return { ready, done };
    });
    // Both writers are open before either starts, so their transactions interleave.
    await Promise.all(outputs.map((output) => output.ready));
    for (const child of children) child.stdin.end('go\n');
    const [a, b] = await Promise.all(outputs.map((output) => output.done));
    assert.equal(a?.['inserted'], perChild);
    assert.equal(b?.['inserted'], perChild);
    assert.equal((a?.['shared-inserted'] ?? 0) + (b?.['shared-inserted'] ?? 0), 1);
    assert.equal((a?.['shared-unchanged'] ?? 0) + (b?.['shared-unchanged'] ?? 0), 1);
    const store = await openSqliteStore(path);
    const stats = await store.stats();
    assert.equal(stats.articles, 2 * perChild + 1);
    assert.equal(stats.duplicates, 0);
    const list = await store.listArticles({}, { limit: 1000, offset: 0 });
    const uris = new Set(list.items.map((item) => item.uri));
    for (const first of [10_000, 20_000]) {
      for (let seed = first; seed < first + perChild; seed++) assert.ok(uris.has(`https://example.org/concurrent/${seed}`), String(seed));
    }
    await store.close();
  });
});

describe('openStore', () => {
  test('a plain path, sqlite: or file: location opens SQLite', async () => {
    for (const location of [newPath(), `sqlite:${newPath()}`, `file:${newPath()}`]) {
      const store = await openStore(location);
      assert.equal((await store.stats()).articles, 0);
      await store.close();
    }
  });

  test('a postgres location says the backend is not available yet, without echoing credentials', async () => {
    await assert.rejects(openStore('postgres://user:secret@db.example/brink'), (error: unknown) => {
      assert.ok(error instanceof BrinkError);
      assert.match(error.message, /PostgreSQL is not available yet/);
      assert.doesNotMatch(error.message, /secret/);
      return true;
    });
  });
});
