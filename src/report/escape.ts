/**
 * Escaping for the brief. Every string that came from an article (titles, sentences, quotes,
 * speaker and outlet names, URIs) is untrusted: it is escaped for the context it lands in, and a
 * link is only ever emitted for an absolute http(s) URL.
 */

/** C0 controls other than tab, line feed and carriage return, and DEL: no valid document or Markdown text has them. */
// eslint-disable-next-line no-control-regex -- removing control characters from untrusted text is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Also drops
 * C0 controls other than tab/newline and lone surrogates, which no valid document contains.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(STRAY_CONTROLS, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd')
    .replace(/[&<>"'`]/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The URL when it is an absolute http: or https: URL (after parsing, so `JaVaScRiPt:`, `\x01javascript:`,
 * `//evil`, data: and relative paths are refused), normalised by the URL parser; else null.
 */
export function safeHttpUrl(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//iu.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** An escaped link when the URL is http(s), else the escaped label alone (never a live href). */
export function linkHtml(url: string | null, label: string): string {
  const safe = safeHttpUrl(url);
  const text = escapeHtml(label);
  return safe === null ? text : `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${text}</a>`;
}

/**
 * Escapes text for Markdown inline content: backslash-escapes the punctuation Markdown and its
 * HTML passthrough react to, so article text can neither format nor inject tags or links. Line
 * breaks become spaces, so text never starts a line (where `-`, `+`, `1.` would open a list); the
 * renderers always put their own marker first.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(STRAY_CONTROLS, '')
    .replace(/\s*\n\s*/gu, ' ')
    .replace(/[\\`*_{}[\]()<>#!|~&]/gu, (c) => `\\${c}`);
}

/** A Markdown link when the URL is http(s) (with `(`, `)` and spaces percent-encoded), else the label. */
export function linkMarkdown(url: string | null, label: string): string {
  const safe = safeHttpUrl(url);
  const text = escapeMarkdown(label);
  return safe === null ? text : `[${text}](<${safe.replace(/[()<> ]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}>)`;
}
