/**
 * Reads JSON Lines (https://jsonlines.org/): UTF-8, one JSON object per LF-terminated line. Lines
 * are parsed one at a time from a byte stream; a bad line becomes a fatal diagnostic for that line
 * only and the following lines are still read. Blank lines are skipped (editors add a final one);
 * a file with no record at all is reported as empty.
 */
import { Readable } from 'node:stream';
import type { Diagnostic } from '../core/diagnostic.ts';
import { diagnostic } from '../core/diagnostic.ts';
import type { IngestItem } from '../core/raw-document.ts';
import { decodeBytes } from './decode.ts';
import { binaryDiagnostic } from './binary-signatures.ts';
import { detectBom, detectUtf16WithoutBom } from './detect-encoding.ts';
import { failed, fatal } from './diagnostics.ts';
import { recordToItem } from './json-record.ts';
import { splitLines } from './split-lines.ts';

export interface JsonlContext {
  /** Path or URL named in diagnostics and in fallback uris (`path:LINE`). */
  readonly where: string;
  /** Origin recorded on documents; `jsonl` for files and URLs, `stdin` for standard input. */
  readonly origin: string;
}

/** Streams ingest items out of JSON Lines bytes; never throws on bad data. */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, ctx: JsonlContext): AsyncGenerator<IngestItem> {
  const source = await utf16Aware(chunks, ctx.where);
  if ('ruleId' in source) {
    yield failed(source);
    return;
  }
  let records = 0;
  for await (const { line, bytes } of splitLines(source)) {
    // Per-line decoding: a windows-1252 byte in one record must not re-decode the others.
    const decoded = decodeBytes(bytes, { kind: 'text', where: ctx.where });
    const text = decoded.text.trim();
    if (text === '') continue;
    records++;
    yield parseLine(
      text,
      line,
      ctx,
      decoded.diagnostics.map((d) => atLine(d, ctx.where, line)),
    );
  }
  if (records === 0) yield failed(fatal('empty', `Unexpected empty file ${ctx.where}, expected article text`, { file: ctx.where }));
}

/** Parses one non-blank line into an item. */
function parseLine(text: string, line: number, ctx: JsonlContext, diagnostics: readonly Diagnostic[] = []): IngestItem {
  const where = { file: ctx.where, line };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = isTruncation(message, text.length) ? 'end of JSON' : `invalid JSON (${message})`;
    return failed(fatal('bad-json-line', `Unexpected ${found} at ${ctx.where}:${line}, expected one JSON object per line`, where));
  }
  return recordToItem(value, { file: ctx.where, line, fallbackUri: `${ctx.where}:${line}`, origin: ctx.origin, diagnostics });
}

/**
 * V8 words a cut-off line in several ways ("Unexpected end of JSON input", "Unterminated string",
 * "Expected ',' or '}' ... at position N" with N at the end); all mean the line was truncated.
 */
function isTruncation(message: string, length: number): boolean {
  if (/end of (?:JSON|data)|Unterminated string/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message)?.[1];
  return position !== undefined && Number(position) >= length;
}

function atLine(d: Diagnostic, file: string, line: number): Diagnostic {
  return diagnostic({ ...d, file, line });
}

/**
 * JSON Lines must be UTF-8, but UTF-16 exports (Windows tools) exist; splitting them at byte 0x0A
 * would cut code units in half, so such input is decoded whole (it is bounded by maxBytes) and
 * re-encoded as UTF-8 before splitting.
 */
async function utf16Aware(chunks: AsyncIterable<Uint8Array>, where: string): Promise<AsyncIterable<Uint8Array> | Diagnostic> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return Readable.from([]);
  const head = first.value;
  const binary = binaryDiagnostic(head, where);
  if (binary !== undefined) return binary;
  const bom = detectBom(head);
  const isUtf16 = (bom !== undefined && bom.encoding !== 'utf-8') || (bom === undefined && detectUtf16WithoutBom(head) !== undefined);
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (!isUtf16) {
    return (async function* () {
      yield head;
      yield* rest;
    })();
  }
  const parts: Uint8Array[] = [head];
  for await (const part of rest) parts.push(part);
  const text = decodeBytes(Buffer.concat(parts), { kind: 'text', where }).text;
  return Readable.from([Buffer.from(text, 'utf8')]);
}
