/**
 * The eval harness contract. Each file in eval/tasks/ exports `task: EvalTask`; eval/run.ts
 * discovers them, runs them, prints one table and compares every row with its pinned floor in
 * eval/floors/<task id>.json ({"<metric>": floor}).
 */
export interface EvalRow {
  /** Metric name, unique within its task, e.g. `main-text-f1`. */
  readonly metric: string;
  /** In [0, 1] for rates and F1; higher is better. */
  readonly value: number;
  /** How many items were scored. */
  readonly n: number;
  /** A short note shown in the table (e.g. the baseline it compares with). */
  readonly note?: string;
}

export interface EvalTask {
  /** Stable id, also the floors file name, e.g. `zyte-html`. */
  readonly id: string;
  /** One line shown in the table. */
  readonly title: string;
  /** Paths (relative to the shared folder) that must exist, else the task is skipped with a message. */
  readonly needs: readonly string[];
  run(sharedDir: string): Promise<readonly EvalRow[]>;
}
