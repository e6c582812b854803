/**
 * Brink's ingest layer: turns the inputs analysts have (files, directories, stdin, http(s) URLs)
 * into RawDocuments for the cleaner. Bad input never stops a batch: each problem becomes a
 * diagnostic attached to the input it concerns, and reading goes on. API misuse throws BrinkError.
 */
import { stat } from 'node:fs/promises';
import { BrinkError } from '../core/errors.ts';
import type { IngestItem } from '../core/raw-document.ts';
import { collectBytes } from './collect-bytes.ts';
import { failed, fsErrorDiagnostic, tooLarge } from './diagnostics.ts';
import { validMaxBytes } from './limits.ts';
import { gunzipLimited, isGzip } from './gunzip.ts';
import { readBytes } from './read-bytes.ts';
import { readFileInput } from './read-file.ts';
import { isUrl, readUrl } from './read-url.ts';
import { walkFiles } from './walk.ts';

export { DEFAULT_MAX_BYTES } from './limits.ts';
export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './walk.ts';
export { decodeBytes } from './decode.ts';

export interface ReadOptions {
  /** Globs a file found under a directory must match (default: all supported extensions). */
  include?: readonly string[];
  /** Globs skipped under directories (default: node_modules, .git, hidden files). Replaces the default. */
  exclude?: readonly string[];
  /** Ceiling per file / per URL body / stdin; default 50 MiB (`--max-bytes`). */
  maxBytes?: number;
  /** Read for the input `-`; default process.stdin. */
  stdin?: AsyncIterable<Uint8Array> | NodeJS.ReadableStream;
  stdinFormat?: 'auto' | 'html' | 'text' | 'markdown' | 'jsonl' | 'rss' | 'atom';
  /** Used for http(s) inputs; default globalThis.fetch. */
  fetch?: typeof fetch;
  /** Forces the format of single-document files (CLI `--format`); container extensions keep theirs. */
  format?: 'auto' | 'html' | 'text' | 'markdown';
  /** Called when a file, URL or stdin starts being read: lets a progress bar count files, not articles. */
  onInput?: (input: string) => void;
}

/** The input name meaning standard input. */
export const STDIN_INPUT = '-';

/**
 * Reads every input in order and yields one item per article (or per problem). Directories are
 * walked lazily; nothing is read before it is needed. Throws BrinkError only for misuse
 * (invalid maxBytes, `-` given twice).
 */
export function readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncIterable<IngestItem> {
  const maxBytes = checkOptions(inputs, options);
  return generate(inputs, options, maxBytes);
}

async function* generate(inputs: readonly string[], options: ReadOptions, maxBytes: number): AsyncGenerator<IngestItem> {
  const fileOptions = { maxBytes, ...(options.format === undefined ? {} : { format: options.format }) };
  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      options.onInput?.(input);
      yield* readStdin(options, maxBytes);
    } else if (isUrl(input)) {
      options.onInput?.(input);
      yield* readUrl(input, options.fetch ?? globalThis.fetch, maxBytes);
    } else if (await isDirectory(input)) {
      for await (const entry of walkFiles(input, globs(options))) {
        if (entry.kind === 'error') {
          yield failed(entry.diagnostic);
          continue;
        }
        options.onInput?.(entry.path);
        yield* readFileInput(entry.path, fileOptions);
      }
    } else {
      options.onInput?.(input);
      yield* readFileInput(input, fileOptions);
    }
  }
}

/**
 * How many files, URLs and stdin streams `readInputs` will read (a progress-bar total). Walks
 * directories without reading files; a missing path counts as one (it yields one diagnostic).
 */
export async function countInputFiles(inputs: readonly string[], options: ReadOptions = {}): Promise<number> {
  let count = 0;
  for (const input of inputs) {
    if (input === STDIN_INPUT || isUrl(input) || !(await isDirectory(input))) {
      count++;
      continue;
    }
    for await (const entry of walkFiles(input, globs(options))) if (entry.kind === 'file') count++;
  }
  return count;
}

async function* readStdin(options: ReadOptions, maxBytes: number): AsyncGenerator<IngestItem> {
  let collected;
  try {
    collected = await collectBytes(options.stdin ?? process.stdin, maxBytes);
  } catch (error) {
    yield failed(fsErrorDiagnostic(error, 'stdin'));
    return;
  }
  if (!collected.ok) {
    yield failed(tooLarge(`more than ${maxBytes}`, maxBytes, 'stdin'));
    return;
  }
  let bytes = collected.bytes;
  if (isGzip(bytes)) {
    const gunzipped = gunzipLimited(bytes, maxBytes, 'stdin');
    if (!gunzipped.ok) {
      yield failed(gunzipped.diagnostic);
      return;
    }
    bytes = gunzipped.bytes;
  }
  const format = options.stdinFormat ?? 'auto';
  yield* readBytes(bytes, { where: 'stdin', origin: 'stdin', format });
}

function globs(options: ReadOptions): { include?: readonly string[]; exclude?: readonly string[] } {
  return {
    ...(options.include === undefined ? {} : { include: options.include }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // Reported by the file reader, which names the exact error.
  }
}

function checkOptions(inputs: readonly string[], options: ReadOptions): number {
  const maxBytes = validMaxBytes(options.maxBytes);
  if (maxBytes === undefined) {
    throw new BrinkError(
      'usage',
      `Unexpected maxBytes ${String(options.maxBytes)}, expected a positive integer number of bytes (--max-bytes)`,
    );
  }
  if (inputs.filter((i) => i === STDIN_INPUT).length > 1) {
    throw new BrinkError('usage', 'Unexpected "-" given more than once, expected standard input to be read at most once');
  }
  return maxBytes;
}
