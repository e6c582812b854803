/**
 * Reads a byte stream (stdin, an HTTP body) into memory while enforcing the size ceiling as it goes,
 * so an endless or huge stream is cut off at maxBytes + 1 bytes instead of exhausting memory.
 */

/** Chunk types Node streams and web streams hand out. */
export type ByteChunks = AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream;

export type Collected = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly seen: number };

/** Collects chunks until the end or until more than maxBytes arrive (then `ok: false`). */
export async function collectBytes(source: ByteChunks, maxBytes: number): Promise<Collected> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      // Stop pulling: web streams are cancelled by leaving for-await, Node streams are destroyed.
      destroy(source);
      return { ok: false, seen: total };
    }
    parts.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(parts, total) };
}

function destroy(source: ByteChunks): void {
  const maybe = source as { destroy?: () => void };
  if (typeof maybe.destroy === 'function') maybe.destroy();
}
