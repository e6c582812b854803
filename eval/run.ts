/**
 * `npm run eval [-- TASK…] [--pin] [--allow-regression]`: runs every task in eval/tasks/, prints
 * one table and exits 1 when any score is below its pinned floor in eval/floors/<task>.json.
 * Tasks whose data is absent are skipped with a message (exit 0). `--pin` raises floors to the
 * measured value less a noise tolerance; lowering one also needs `--allow-regression`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EvalRow, EvalTask } from './lib/types.ts';
import { findSharedDir, projectRoot } from './lib/shared-dir.ts';

/** Scores move by about this much between runs on these data sizes only when code changes; any drop beyond it is a regression. */
const PIN_TOLERANCE = 0.005;

const args = process.argv.slice(2);
const pin = args.includes('--pin');
const allowRegression = args.includes('--allow-regression');
const filters = args.filter((a) => !a.startsWith('--'));

const tasksDir = join(projectRoot, 'eval/tasks');
const floorsDir = join(projectRoot, 'eval/floors');

async function loadTasks(): Promise<EvalTask[]> {
  const files = readdirSync(tasksDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const tasks: EvalTask[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(tasksDir, file)).href)) as { task?: EvalTask };
    if (!mod.task) throw new Error(`Unexpected module eval/tasks/${file} without an exported \`task\`, expected an EvalTask`);
    tasks.push(mod.task);
  }
  return tasks.filter((t) => filters.length === 0 || filters.some((f) => t.id.includes(f)));
}

function readFloors(id: string): Record<string, number> {
  const path = join(floorsDir, `${id}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>) : {};
}

interface Line {
  task: string;
  metric: string;
  value: string;
  floor: string;
  n: string;
  status: string;
  note: string;
}

const fmt = (x: number): string => x.toFixed(3);
const lines: Line[] = [];
let failed = 0;
let skipped = 0;
const shared = findSharedDir();
const tasks = await loadTasks();
if (shared === null) console.log('Shared evaluation data not found (../shared or $BRINK_SHARED): every task is skipped.');

for (const task of tasks) {
  const missing = shared === null ? task.needs : task.needs.filter((p) => !existsSync(join(shared, p)));
  if (shared === null || missing.length > 0) {
    skipped++;
    lines.push({ task: task.id, metric: '-', value: '-', floor: '-', n: '-', status: 'skipped', note: `missing ${missing.join(', ')}` });
    continue;
  }
  const started = performance.now();
  let rows: readonly EvalRow[];
  try {
    rows = await task.run(shared);
  } catch (error) {
    failed++;
    lines.push({ task: task.id, metric: '-', value: '-', floor: '-', n: '-', status: 'ERROR', note: String(error) });
    continue;
  }
  const seconds = (performance.now() - started) / 1000;
  const floors = readFloors(task.id);
  const pinned: Record<string, number> = { ...floors };
  for (const row of rows) {
    const floor = floors[row.metric];
    const below = floor !== undefined && row.value < floor;
    if (below) failed++;
    lines.push({
      task: task.id,
      metric: row.metric,
      value: fmt(row.value),
      floor: floor === undefined ? '-' : fmt(floor),
      n: String(row.n),
      status: below ? 'BELOW FLOOR' : floor === undefined ? 'no floor' : 'ok',
      note: row.note ?? '',
    });
    const proposed = Math.max(0, Math.floor((row.value - PIN_TOLERANCE) * 1000) / 1000);
    if (pin && (floor === undefined || proposed > floor || allowRegression)) pinned[row.metric] = proposed;
  }
  if (pin) writeFileSync(join(floorsDir, `${task.id}.json`), JSON.stringify(pinned, null, 2) + '\n');
  console.error(`[eval] ${task.id} done in ${seconds.toFixed(1)} s`);
}

const header: Line = { task: 'task', metric: 'metric', value: 'score', floor: 'floor', n: 'n', status: 'status', note: 'note' };
const keys = Object.keys(header) as (keyof Line)[];
const widths = keys.map((k) => Math.max(...[header, ...lines].map((l) => l[k].length)));
const render = (l: Line): string =>
  keys
    .map((k, i) => l[k].padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
console.log(render(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const line of lines) console.log(render(line));
console.log(`\n${lines.length - skipped} scores, ${failed} below floor or failed, ${skipped} tasks skipped`);
process.exitCode = failed > 0 ? 1 : 0;
