/**
 * What a CLI command may touch of the outside world, passed in so tests run commands in-process
 * with captured output and a fake TTY flag.
 */
import type { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly stdin: Readable;
  /** Whether stderr is an interactive terminal (progress bars only then). */
  readonly interactive: boolean;
  readonly cwd: string;
}

/**
 * Ends the process quietly when the reader of a stream goes away (`brink quotes | head`): a closed
 * pipe is the reader's choice, not a failure of ours, so it must not surface as an unhandled EPIPE
 * stack trace. The exit code stays whatever the command had set (0 unless something failed before).
 */
export function exitOnClosedPipe(stream: EventEmitter, exit: () => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}

let stdoutGuarded = false;

export function processIo(): CliIo {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    exitOnClosedPipe(process.stdout, () => process.exit());
  }
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: process.stdin,
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
