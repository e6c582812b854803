/**
 * Transparent gzip (RFC 1952) for files and stdin: saved pages and JSON Lines dumps are often kept
 * as `.html.gz` / `.jsonl.gz`. Decompression is capped at maxBytes of OUTPUT (zlib's
 * maxOutputLength), so a small "zip bomb" cannot exhaust memory.
 */
import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../core/diagnostic.ts';
import { fatal, tooLarge } from './diagnostics.ts';

/** True when the bytes start with the gzip magic number 1f 8b (RFC 1952 §2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The path with a trailing `.gz` removed, so the inner extension decides the format. */
export function withoutGzExtension(path: string): string {
  return /\.gz$/i.test(path) ? path.slice(0, -3) : path;
}

export type Gunzipped = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Decompresses gzip bytes, refusing output over maxBytes and corrupt data; never throws. */
export function gunzipLimited(bytes: Uint8Array, maxBytes: number, where: string): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      return { ok: false, diagnostic: tooLarge(`more than ${maxBytes} (decompressed)`, maxBytes, where) };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostic: fatal('bad-gzip', `Unexpected corrupt gzip data in ${where} (${message}), expected a complete gzip file`, {
        file: where,
      }),
    };
  }
}
