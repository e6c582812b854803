/**
 * Child process for the concurrency test: saves `count` generated articles into the SQLite file at
 * `path`, starting at seed `first`, then prints the statuses it got as JSON. It prints `ready` once
 * the store is open and waits for a line on stdin, so the parent can start both writers together.
 * Usage: node --import tsx test/helpers/store-writer-child.ts PATH FIRST COUNT
 */
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { makeAnalysis, seededWords } from './make-analysis.ts';

const [path, first, count] = process.argv.slice(2);
if (path === undefined || first === undefined || count === undefined) {
  throw new Error('Unexpected arguments, expected PATH FIRST COUNT');
}
const store = await openSqliteStore(path);
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();
const statuses: Record<string, number> = {};
for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
  const text = `${seededWords(seed, 150)}\n\n${seededWords(seed + 1_000_000, 150)}`;
  const result = await store.saveAnalysis(makeAnalysis({ text, uri: `https://example.org/concurrent/${seed}` }));
  statuses[result.status] = (statuses[result.status] ?? 0) + 1;
}
// Both children also save one shared article: exactly one of them inserts it.
const shared = await store.saveAnalysis(makeAnalysis({ text: seededWords(42, 200), uri: 'https://example.org/shared' }));
statuses[`shared-${shared.status}`] = 1;
await store.close();
process.stdout.write(JSON.stringify(statuses));
