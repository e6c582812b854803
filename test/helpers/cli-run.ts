/** Runs `brink` in-process with captured output, for end-to-end tests of the CLI. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    interactive: false,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
