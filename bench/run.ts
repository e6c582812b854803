/**
 * `npm run bench [-- SUITE…]`: runs every suite in bench/suites/ (one child process each) and
 * prints one table: items/s, words/s and peak RSS. Benchmarks report; they never fail on time.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './lib-types.ts';
import { findSharedDir, projectRoot } from '../eval/lib/shared-dir.ts';

const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const suitesDir = join(projectRoot, 'bench/suites');
const shared = findSharedDir() ?? join(projectRoot, '../shared');
const files = readdirSync(suitesDir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

const table: string[][] = [['suite', 'measure', 'items', 'items/s', 'words/s', 'peak RSS MB', 'note']];
for (const file of files) {
  const { suite } = (await import(pathToFileURL(join(suitesDir, file)).href)) as { suite: BenchSuite };
  const missing = suite.needs.filter((p) => !existsSync(join(shared, p)));
  if (missing.length > 0) {
    table.push([suite.id, '-', '-', '-', '-', '-', `skipped: missing ${missing.join(', ')}`]);
    continue;
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(projectRoot, 'bench/run-suite.ts'), file, shared], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    table.push([suite.id, '-', '-', '-', '-', '-', `FAILED (exit ${child.status})`]);
    continue;
  }
  const { rows, peakRssMb } = JSON.parse(last) as { rows: BenchRow[]; peakRssMb: number };
  for (const row of rows) {
    table.push([
      suite.id,
      row.name,
      `${row.items} ${row.unit}`,
      (row.items / row.seconds).toFixed(1),
      row.words === undefined ? '-' : Math.round(row.words / row.seconds).toLocaleString('en-US'),
      (row.peakRssMb ?? peakRssMb).toFixed(0),
      row.note ?? '',
    ]);
  }
}
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
for (const [i, row] of table.entries()) {
  console.log(
    row
      .map((c, j) => c.padEnd(widths[j] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(
  `\nnode ${process.version}, ${process.platform}/${process.arch}; each suite in its own process, peers in the same process as the suite.`,
);
