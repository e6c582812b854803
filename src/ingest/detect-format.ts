/**
 * Decides how an input is read: by file extension first (cheap and what the user named), then by
 * looking at its first bytes when the extension says nothing or only says "XML".
 */
import { extname } from 'node:path';
import type { RawFormat } from '../core/raw-document.ts';

/** Every container or document kind the ingest layer reads. */
export type InputFormat = RawFormat | 'jsonl' | 'json' | 'rss' | 'atom';

/** An extension's meaning: a fixed format, a feed that still needs sniffing (rss or atom), or none. */
export type ExtensionFormat = InputFormat | 'feed';

export interface ExtensionRule {
  readonly extensions: readonly string[];
  readonly format: ExtensionFormat;
  readonly reason: string;
}

/** Extension table; also the default `include` set when walking directories. */
export const EXTENSION_RULES: readonly ExtensionRule[] = [
  { extensions: ['.txt', '.text'], format: 'text', reason: 'Plain text exports and copy-pasted articles.' },
  { extensions: ['.md', '.markdown'], format: 'markdown', reason: 'Notes and articles saved as Markdown.' },
  { extensions: ['.html', '.htm', '.xhtml'], format: 'html', reason: 'Saved web pages.' },
  { extensions: ['.jsonl', '.ndjson'], format: 'jsonl', reason: 'JSON Lines (jsonlines.org) / NDJSON: one record per line.' },
  { extensions: ['.json'], format: 'json', reason: 'An array of article objects, or one object.' },
  {
    extensions: ['.xml', '.rss', '.atom'],
    format: 'feed',
    reason: 'Feeds; RSS 2.0 and Atom (RFC 4287) share extensions, so the root element decides.',
  },
];

/** All extensions read by default, with the leading dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = EXTENSION_RULES.flatMap((rule) => rule.extensions);

/** The format an extension announces, or undefined for an unknown extension. */
export function formatFromExtension(path: string): ExtensionFormat | undefined {
  const ext = extname(path).toLowerCase();
  return EXTENSION_RULES.find((rule) => rule.extensions.includes(ext))?.format;
}

/** True for the container formats that hold several articles (or records) rather than one. */
export function isContainer(format: ExtensionFormat): boolean {
  return format === 'jsonl' || format === 'json' || format === 'feed' || format === 'rss' || format === 'atom';
}

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|br|meta|title|section|span|a\s)\b/i;

/**
 * Sniffs the format from the start of already-decoded text (whitespace and a BOM skipped).
 * JSON: a `[` starts an array; a `{` starts JSON Lines when the first line closes its object
 * (`{...}` on one line), else a single pretty-printed object.
 */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).replace(/^[\uFEFF\s]+/, '');
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]?.trim() ?? '';
    return firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  if (head.startsWith('<')) {
    const withoutProlog = head.replace(/<\?xml[\s\S]*?\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
    if (/^\s*(?:<!DOCTYPE\s+rss[^>]*>\s*)?<rss\b/i.test(withoutProlog) || /<rdf:RDF\b/.test(withoutProlog)) return 'rss';
    if (/^\s*(?:<!DOCTYPE[^>]*>\s*)?<(?:\w+:)?feed\b/.test(withoutProlog)) return 'atom';
    if (HTML_TAG.test(head)) return 'html';
  }
  return HTML_TAG.test(head) && /<\/(?:p|div|body|html|article)>/i.test(text.slice(0, 65536)) ? 'html' : 'text';
}

/** Narrows a feed extension to rss or atom by the root element; undefined when it is neither. */
export function sniffFeed(text: string): 'rss' | 'atom' | undefined {
  const format = sniffFormat(text);
  return format === 'rss' || format === 'atom' ? format : undefined;
}

/** Format implied by an HTTP Content-Type media type, or undefined to sniff. */
export function formatFromMediaType(contentType: string | null): InputFormat | 'feed' | undefined {
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  switch (type) {
    case 'text/html':
    case 'application/xhtml+xml':
      return 'html';
    case 'text/plain':
      return 'text';
    case 'text/markdown':
      return 'markdown';
    case 'application/rss+xml':
      return 'rss';
    case 'application/atom+xml':
      return 'atom';
    case 'application/xml':
    case 'text/xml':
      return 'feed';
    case 'application/json':
      return 'json';
    case 'application/x-ndjson':
    case 'application/jsonl':
    case 'application/jsonlines':
      return 'jsonl';
    default:
      return undefined;
  }
}
