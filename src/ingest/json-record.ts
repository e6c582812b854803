/**
 * Maps one JSON object (a JSON Lines record or a `.json` array element) to a RawDocument. Field
 * names vary by scraper, so aliases are data: the first alias present wins.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { IngestItem, RawFormat, SuppliedMeta } from '../core/raw-document.ts';
import { failed, fatal, warning } from './diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { toIsoDate } from './to-iso-date.ts';

type Field = 'url' | 'title' | 'published' | 'source' | 'author' | 'text' | 'html';

interface FieldAliases {
  readonly field: Field;
  readonly names: readonly string[];
  readonly reason: string;
}

/** Accepted names per field, in priority order. */
export const FIELD_ALIASES: readonly FieldAliases[] = [
  { field: 'url', names: ['url', 'link', 'href', 'canonical_url', 'source_url'], reason: 'news-please, GDELT, RSS-derived dumps' },
  { field: 'title', names: ['title', 'headline'], reason: 'schema.org NewsArticle uses headline' },
  {
    field: 'published',
    names: ['published', 'date', 'date_publish', 'published_at', 'publishedAt', 'pubDate', 'datePublished', 'datetime', 'timestamp'],
    reason: 'news-please date_publish, NewsAPI publishedAt, schema.org datePublished',
  },
  { field: 'source', names: ['source', 'outlet', 'publisher', 'site_name', 'source_domain', 'domain'], reason: 'outlet name' },
  { field: 'author', names: ['author', 'authors', 'byline', 'creator'], reason: 'arrays of names are joined' },
  { field: 'text', names: ['text', 'content', 'body', 'maintext', 'article', 'full_text'], reason: 'plain article text' },
  { field: 'html', names: ['html', 'raw_html', 'content_html', 'body_html'], reason: 'raw page markup' },
];

/** FIELD_ALIASES by field, built once rather than searched per record. */
const NAMES_BY_FIELD: ReadonlyMap<Field, readonly string[]> = new Map(FIELD_ALIASES.map((a) => [a.field, a.names]));

/** Markup that marks a "text" field as HTML in disguise (scrapers often put markup in `content`). */
const LOOKS_LIKE_HTML = /<(?:p|div|br|article|html|body|span|h[1-6]|li)\b[^>]*>/i;

export interface RecordContext {
  /** Path or URL of the container, named in diagnostics. */
  readonly file: string;
  readonly line: number;
  /** Fallback uri (`path:LINE`) when the record has no url. */
  readonly fallbackUri: string;
  readonly origin: string;
  /** Non-fatal diagnostics already met for this record (e.g. decoding). */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Builds an ingest item from a parsed JSON value; never throws. */
export function recordToItem(value: unknown, ctx: RecordContext): IngestItem {
  const where = { file: ctx.file, line: ctx.line };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return failed(fatal('not-an-object', `Unexpected ${found} at ${ctx.file}:${ctx.line}, expected one JSON object per line`, where));
  }
  const record = value as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [...(ctx.diagnostics ?? [])];
  const pick = (field: Field): string | undefined => {
    const aliases = NAMES_BY_FIELD.get(field) ?? [];
    for (const name of aliases) {
      const text = asText(record[name]);
      if (text !== undefined && text.trim() !== '') return text;
    }
    return undefined;
  };

  const html = pick('html');
  const text = pick('text');
  if (html === undefined && text === undefined) {
    return failed(
      fatal('no-content', `Unexpected record without text or html at ${ctx.file}:${ctx.line}, expected a "text" or "html" field`, where),
    );
  }
  const format: RawFormat = html !== undefined || LOOKS_LIKE_HTML.test(text ?? '') ? 'html' : 'text';
  const content = normalizeText(html ?? text ?? '');

  const meta: { -readonly [K in keyof SuppliedMeta]: SuppliedMeta[K] } = {};
  const url = pick('url');
  if (url !== undefined) meta.url = url.trim();
  const title = pick('title');
  if (title !== undefined) meta.title = normalizeText(title).trim();
  const source = pick('source') ?? sourceName(record['source']);
  if (source !== undefined) meta.source = normalizeText(source).trim();
  const author = pick('author');
  if (author !== undefined) meta.author = normalizeText(author).trim();
  const rawDate = firstDateValue(record);
  if (rawDate !== undefined) {
    const iso = toIsoDate(rawDate);
    if (iso === undefined) {
      diagnostics.push(
        warning(
          'bad-date',
          `Unexpected date "${String(rawDate)}" at ${ctx.file}:${ctx.line}, expected ISO 8601 or RFC 822 with a time zone`,
          where,
        ),
      );
    } else meta.published = iso;
  }
  return {
    ok: true,
    doc: { uri: meta.url ?? ctx.fallbackUri, origin: ctx.origin, format, content, meta, diagnostics },
  };
}

/** Strings as-is; arrays of strings (authors) joined; numbers stringified; anything else ignored. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => asText(v) ?? sourceName(v)).filter((v): v is string => v !== undefined && v.trim() !== '');
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

/** `{"source": {"name": "Reuters"}}` (NewsAPI) and `{"author": {"name": ...}}` shapes. */
function sourceName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as Record<string, unknown>)['name'];
  return typeof name === 'string' ? name : undefined;
}

/** The raw date value, keeping numbers as numbers so epoch seconds are recognised. */
function firstDateValue(record: Record<string, unknown>): string | number | undefined {
  const names = NAMES_BY_FIELD.get('published') ?? [];
  for (const name of names) {
    const v = record[name];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return v;
  }
  return undefined;
}
