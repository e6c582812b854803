/**
 * Turns raw bytes into normalised text. The encoding is chosen by, in order: a BOM; the transport
 * charset (HTTP Content-Type); BOM-less UTF-16 by NUL pattern; the in-document declaration
 * (`<meta charset>` for HTML, `<?xml encoding?>` for feeds); else strict UTF-8, and if the bytes are
 * not UTF-8, windows-1252, the WHATWG Encoding fallback for legacy Western content (HTML §13.2.3.2,
 * "the user agent's locale default" is windows-1252 for most Western locales).
 */
import iconv from 'iconv-lite';
import type { Diagnostic } from '../core/diagnostic.ts';
import { warning } from './diagnostics.ts';
import { charsetFromHtmlMeta, charsetFromXmlDeclaration, detectBom, detectUtf16WithoutBom } from './detect-encoding.ts';
import { normalizeText } from './normalize-text.ts';

/** Which in-document declaration to look for. */
export type DecodeKind = 'html' | 'xml' | 'text';

export interface DecodeOptions {
  readonly kind?: DecodeKind;
  /** Charset from an HTTP Content-Type header, if any. */
  readonly transportCharset?: string;
  /** Path or URL named in diagnostics. */
  readonly where?: string;
}

export interface Decoded {
  /** Normalised text (see normalize-text.ts). */
  readonly text: string;
  /** The encoding actually used, lower case. */
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * WHATWG Encoding §4.2 maps these labels to other encodings than their names suggest; browsers
 * decode "iso-8859-1" and "us-ascii" pages as windows-1252, and so do we. A UTF-16 label inside an
 * ASCII-readable document is wrong by construction, so it means UTF-8 (HTML §13.2.3.1).
 */
const LABEL_ALIASES: ReadonlyMap<string, string> = new Map([
  ...['latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'ascii', 'us-ascii', 'cp1252', 'cp819', 'ibm819'].map(
    (label) => [label, 'windows-1252'] as const,
  ),
  ...['iso-8859-9', 'iso8859-9', 'latin5', 'l5'].map((label) => [label, 'windows-1254'] as const),
  ...['tis-620', 'iso-8859-11'].map((label) => [label, 'windows-874'] as const),
  ...['gb2312', 'gb_2312', 'x-gbk', 'chinese'].map((label) => [label, 'gbk'] as const),
  ...['utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be', 'unicode'].map((label) => [label, 'utf-8'] as const),
]);

/** Canonical encoding name for a charset label, or undefined when iconv-lite does not know it. */
export function resolveLabel(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES.get(lower) ?? lower;
  if (name === 'utf-8') return name;
  return iconv.encodingExists(name) ? name : undefined;
}

/** Decodes and normalises bytes; never throws. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const where = options.where ?? 'input';
  const diagnostics: Diagnostic[] = [];
  const done = (raw: string, encoding: string): Decoded => ({ text: normalizeText(raw), encoding, diagnostics });

  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    return bom.encoding === 'utf-8' ? utf8WithFallback(body, where, diagnostics) : done(iconv.decode(body, bom.encoding), bom.encoding);
  }

  const utf16 = detectUtf16WithoutBom(bytes);
  const declared =
    options.transportCharset ??
    (utf16 === undefined && options.kind === 'html' ? charsetFromHtmlMeta(bytes) : undefined) ??
    (utf16 === undefined && options.kind === 'xml' ? charsetFromXmlDeclaration(bytes) : undefined);
  if (utf16 !== undefined && (declared === undefined || declared.startsWith('utf-16'))) {
    return done(iconv.decode(bytes, utf16), utf16);
  }
  if (declared !== undefined) {
    const encoding = resolveLabel(declared);
    if (encoding === undefined) {
      diagnostics.push(
        warning('unknown-charset', `Unexpected unknown charset "${declared}" in ${where}, expected a WHATWG encoding label; trying UTF-8`, {
          file: where,
        }),
      );
    } else if (encoding !== 'utf-8') {
      return done(iconv.decode(bytes, encoding), encoding);
    }
  }
  return utf8WithFallback(bytes, where, diagnostics);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Strict UTF-8; on failure, decide between "UTF-8 with a few bad bytes" and "not UTF-8 at all": when
 * the valid non-ASCII characters outnumber the invalid sequences the file is mostly UTF-8 and keeping
 * it as such (with U+FFFD) loses less than re-reading every multi-byte character as windows-1252.
 */
function utf8WithFallback(bytes: Uint8Array, where: string, diagnostics: Diagnostic[]): Decoded {
  try {
    return { text: normalizeText(strictUtf8.decode(bytes)), encoding: 'utf-8', diagnostics };
  } catch {
    // Not valid UTF-8; fall through to the heuristic below.
  }
  const lossy = lossyUtf8.decode(bytes);
  let invalid = 0;
  let validNonAscii = 0;
  for (const ch of lossy) {
    if (ch === '\uFFFD') invalid++;
    else if (ch.charCodeAt(0) > 0x7f) validNonAscii++;
  }
  if (validNonAscii > invalid) {
    diagnostics.push(
      warning('invalid-utf8', `Unexpected ${invalid} invalid UTF-8 sequence(s) in ${where}, expected valid UTF-8; replaced with U+FFFD`, {
        file: where,
      }),
    );
    return { text: normalizeText(lossy), encoding: 'utf-8', diagnostics };
  }
  diagnostics.push(
    warning(
      'invalid-utf8',
      `Unexpected invalid UTF-8 in ${where}, expected UTF-8; decoded as windows-1252 (the WHATWG fallback for legacy Western pages)`,
      { file: where },
    ),
  );
  return { text: normalizeText(iconv.decode(bytes, 'windows-1252')), encoding: 'windows-1252', diagnostics };
}
