/**
 * Finds the character encoding of raw bytes from the signals the bytes or their transport carry:
 * a byte order mark, the UTF-16 NUL pattern, an HTTP charset, an HTML `<meta>` or an XML declaration.
 * Precedence follows WHATWG Encoding/HTML (BOM > transport charset > in-document declaration) and
 * RFC 7303 for XML (BOM > HTTP charset > encoding declaration).
 */
import { META_PRESCAN_BYTES, SNIFF_BYTES, UTF16_MIN_BYTES, UTF16_NUL_SHARE, UTF16_OTHER_PARITY_NUL_SHARE } from './limits.ts';

export type Utf16 = 'utf-16le' | 'utf-16be';

/** Returns the encoding a byte order mark announces, and its length in bytes. */
export function detectBom(bytes: Uint8Array): { encoding: 'utf-8' | Utf16; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Recognises BOM-less UTF-16 by its NUL pattern: Latin-script text has a zero high byte in almost
 * every code unit, so NULs cluster on one parity (odd offsets for LE, even for BE).
 */
export function detectUtf16WithoutBom(bytes: Uint8Array): Utf16 | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES.value) & ~1;
  if (n < UTF16_MIN_BYTES.value) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  const even = evenNul / units;
  const odd = oddNul / units;
  if (odd >= UTF16_NUL_SHARE.value && even <= UTF16_OTHER_PARITY_NUL_SHARE.value) return 'utf-16le';
  if (even >= UTF16_NUL_SHARE.value && odd <= UTF16_OTHER_PARITY_NUL_SHARE.value) return 'utf-16be';
  return undefined;
}

/** True when the first SNIFF_BYTES bytes hold a NUL (git's binary test), after ruling out UTF-16. */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if (bom !== undefined && bom.encoding !== 'utf-8') return false;
  if (detectUtf16WithoutBom(bytes) !== undefined) return false;
  const end = Math.min(bytes.length, SNIFF_BYTES.value);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Reads the charset parameter of a MIME type such as `text/html; charset="ISO-8859-1"` (RFC 9110 §8.3). */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2]?.toLowerCase();
}

/**
 * A simplified WHATWG prescan: finds `<meta charset=...>` or
 * `<meta http-equiv="content-type" content="...; charset=...">` in the first 1024 bytes.
 * It reads the bytes as Latin-1 so any ASCII-compatible encoding can be matched.
 */
export function charsetFromHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, META_PRESCAN_BYTES.value).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return undefined;
}

/** Reads `encoding="..."` from an XML declaration at the start of the bytes (XML 1.0 §4.3.3). */
export function charsetFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 200);
  const match = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head);
  return match?.[1]?.toLowerCase();
}

function latin1(bytes: Uint8Array, max: number): string {
  const end = Math.min(bytes.length, max);
  let out = '';
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}
