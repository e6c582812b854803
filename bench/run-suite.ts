/**
 * Runs one bench suite in this process and prints its rows as JSON on the last stdout line.
 * bench/run.ts starts one process per suite so each suite's peak memory is its own, while the
 * peer libraries a suite compares with run in that same process, on the same input.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSuite } from './lib-types.ts';
import { projectRoot } from '../eval/lib/shared-dir.ts';

const [file, shared] = process.argv.slice(2);
if (!file || !shared) throw new Error('Unexpected arguments, expected <suite file> <shared dir>');
const mod = (await import(pathToFileURL(join(projectRoot, 'bench/suites', file)).href)) as { suite: BenchSuite };
const rows = await mod.suite.run(shared);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ rows, peakRssMb }));
