/**
 * Reads a `.json` file: an array of article objects, or one article object, with the same field
 * names and aliases as JSON Lines (json-record.ts). The whole file is parsed at once; it is bounded
 * by maxBytes.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { IngestItem } from '../core/raw-document.ts';
import { failed, fatal } from './diagnostics.ts';
import { recordToItem } from './json-record.ts';

/** Parses decoded JSON text into items; `diagnostics` (decoding) are copied onto each. Never throws on bad data. */
export function readJson(text: string, where: string, diagnostics: readonly Diagnostic[] = []): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = lineOfPosition(text, message);
    const at = line === undefined ? where : `${where}:${line}`;
    return [
      failed(
        fatal('bad-json', `Unexpected invalid JSON (${message}) in ${at}, expected an array of article objects or one object`, {
          file: where,
          ...(line === undefined ? {} : { line }),
        }),
      ),
    ];
  }
  if (!Array.isArray(value)) return [recordToItem(value, { file: where, line: 1, fallbackUri: where, origin: 'json', diagnostics })];
  if (value.length === 0) {
    return [failed(fatal('empty', `Unexpected empty array in ${where}, expected at least one article object`, { file: where }))];
  }
  // For arrays, `line` carries the 1-based element index (Diagnostic.line allows an item index).
  return value.map((element, i) =>
    recordToItem(element, { file: where, line: i + 1, fallbackUri: `${where}#item-${i + 1}`, origin: 'json', diagnostics }),
  );
}

/** V8 reports "at position N"; converts that offset to a 1-based line. */
function lineOfPosition(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return undefined;
  let line = 1;
  const end = Math.min(Number(position), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
