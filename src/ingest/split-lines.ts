/**
 * Splits a stream of byte chunks into lines at LF (0x0A) without decoding the whole stream first,
 * so a large JSON Lines file is held one line at a time. A trailing CR is removed with the LF.
 */

export interface ByteLine {
  /** 1-based line number. */
  readonly line: number;
  readonly bytes: Uint8Array;
}

/** Yields each line's bytes (without the terminator); the last line may lack a terminator. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  let pending: Uint8Array[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, i));
      yield { line: ++line, bytes: stripCr(concat(pending)) };
      pending = [];
      start = i + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { line: line + 1, bytes: stripCr(concat(pending)) };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function stripCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}
