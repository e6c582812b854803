/**
 * What a CLI command may touch of the outside world, passed in so tests run commands in-process
 * with captured output and a fake TTY flag.
 */
import type { Readable } from 'node:stream';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly stdin: Readable;
  /** Whether stderr is an interactive terminal (progress bars only then). */
  readonly interactive: boolean;
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: process.stdin,
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
