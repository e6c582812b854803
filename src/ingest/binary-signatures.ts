/**
 * Magic numbers of binary formats analysts commonly pass by mistake (a PDF report, a Word file, a
 * saved image, a gzip dump). Naming the format makes the diagnostic actionable; the NUL-byte test
 * in detect-encoding.ts catches the rest. Signatures from each format's specification (PDF ISO
 * 32000-1 §7.5.2, ZIP APPNOTE 4.3.7, PNG §5.2, JFIF, GIF89a, RFC 1952 gzip, OLE2 compound file).
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { looksBinary } from './detect-encoding.ts';
import { fatal } from './diagnostics.ts';

export interface BinarySignature {
  readonly name: string;
  readonly bytes: readonly number[];
  readonly reason: string;
}

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], reason: '"%PDF-": reports and printed articles; extract text first' },
  { name: 'ZIP archive (also DOCX, ODT, EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04], reason: 'office documents are ZIP containers' },
  { name: 'gzip archive', bytes: [0x1f, 0x8b], reason: 'compressed dumps; decompress first' },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'screenshots of articles' },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff], reason: 'photos and scans' },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38], reason: '"GIF8"' },
  { name: 'legacy Office document (DOC, XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0], reason: 'OLE2 compound file' },
];

/** The name of the binary format the bytes start with, or undefined. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  return BINARY_SIGNATURES.find((sig) => sig.bytes.every((b, i) => bytes[i] === b))?.name;
}

const EXPECTED = 'expected text, HTML, JSON Lines, RSS or Atom';

/** A fatal diagnostic when the bytes are a known binary format or hold NUL bytes; else undefined. */
export function binaryDiagnostic(bytes: Uint8Array, where: string): Diagnostic | undefined {
  const format = binaryFormatOf(bytes);
  if (format !== undefined) return fatal('binary', `Unexpected binary content (${format}) in ${where}, ${EXPECTED}`, { file: where });
  if (looksBinary(bytes)) return fatal('binary', `Unexpected binary content (NUL bytes) in ${where}, ${EXPECTED}`, { file: where });
  return undefined;
}
