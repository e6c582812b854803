/**
 * Reads one regular file: checks its size against maxBytes before reading, streams JSON Lines line
 * by line, and reads everything else whole (bounded by maxBytes) through read-bytes.ts. Gzip files
 * (by magic number) are decompressed first and take their format from the inner extension.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IngestItem } from '../core/raw-document.ts';
import { formatFromExtension, isContainer, type ExtensionFormat } from './detect-format.ts';
import { failed, fatal, fsErrorDiagnostic, tooLarge } from './diagnostics.ts';
import { gunzipLimited, isGzip, withoutGzExtension } from './gunzip.ts';
import { readBytes } from './read-bytes.ts';
import { readJsonl } from './read-jsonl.ts';

export interface FileReadOptions {
  readonly maxBytes: number;
  /** Forced single-document format (CLI `--format`); ignored for container extensions. */
  readonly format?: 'auto' | 'html' | 'text' | 'markdown';
}

/** The format a file will be read as: forced format unless the extension names a container. */
export function fileFormat(path: string, forced: FileReadOptions['format']): ExtensionFormat | 'auto' {
  const byExtension = formatFromExtension(path);
  if (byExtension !== undefined && isContainer(byExtension)) return byExtension;
  if (forced !== undefined && forced !== 'auto') return forced;
  return byExtension ?? 'auto';
}

/** Reads one file path (already known not to be a directory); never throws on bad data. */
export async function* readFileInput(path: string, options: FileReadOptions): AsyncGenerator<IngestItem> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      yield failed(fatal('not-a-file', `Unexpected special file ${path}, expected a regular file or a directory`, { file: path }));
      return;
    }
    size = info.size;
  } catch (error) {
    yield failed(fsErrorDiagnostic(error, path));
    return;
  }
  if (size > options.maxBytes) {
    yield failed(tooLarge(size, options.maxBytes, path));
    return;
  }
  if (size === 0) {
    yield failed(fatal('empty', `Unexpected empty file ${path}, expected article text`, { file: path }));
    return;
  }
  const innerPath = withoutGzExtension(path);
  const format = fileFormat(innerPath, options.format);
  if (format === 'jsonl' && innerPath === path) {
    yield* streamJsonl(path, options.maxBytes);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failed(fsErrorDiagnostic(error, path));
    return;
  }
  if (isGzip(bytes)) {
    const gunzipped = gunzipLimited(bytes, options.maxBytes, path);
    if (!gunzipped.ok) {
      yield failed(gunzipped.diagnostic);
      return;
    }
    bytes = gunzipped.bytes;
  }
  yield* readBytes(bytes, { where: path, origin: 'file', format });
}

/**
 * Streams a JSON Lines file. Opening errors (permission) surface on the first read, so they are
 * caught around the iteration; items already yielded stay valid. `end` caps the read at maxBytes
 * in case the file grows after the size check.
 */
async function* streamJsonl(path: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const stream = createReadStream(path, { end: maxBytes - 1, highWaterMark: 64 * 1024 });
  try {
    yield* readJsonl(stream as AsyncIterable<Uint8Array>, { where: path, origin: 'jsonl' });
  } catch (error) {
    yield failed(fsErrorDiagnostic(error, path));
  } finally {
    stream.destroy();
  }
}
