/**
 * The bench harness contract. Each file in bench/suites/ exports `suite: BenchSuite`; bench/run.ts
 * discovers and runs them in one process and prints one table. No suite asserts a time: benchmarks
 * report, tests check behaviour.
 */
export interface BenchRow {
  /** What was measured, e.g. `clean html (brink)` or `clean html (readability+linkedom)`. */
  readonly name: string;
  /** Items processed, and what an item is (`pages`, `articles`, `words`, `sentences`). */
  readonly items: number;
  readonly unit: string;
  readonly seconds: number;
  /** Words processed, when meaningful, for words/s. */
  readonly words?: number;
  /** Peak RSS in MB observed during this row, when measured. */
  readonly peakRssMb?: number;
  readonly note?: string;
}

export interface BenchSuite {
  readonly id: string;
  /** Paths (relative to the shared folder) that must exist, else the suite is skipped. */
  readonly needs: readonly string[];
  run(sharedDir: string): Promise<readonly BenchRow[]>;
}
