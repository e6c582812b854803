/**
 * Reads RSS 2.0 (https://www.rssboard.org/rss-specification), RSS 1.0 (RDF) and Atom (RFC 4287)
 * feeds into one document per item that carries content. The parser keeps content elements as raw
 * strings (stop nodes) so CDATA, escaped HTML and Atom XHTML survive, and runs with entity expansion
 * off; see xml-text.ts for the expansion that is done, and why.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { IngestItem, RawFormat, SuppliedMeta } from '../core/raw-document.ts';
import { failed, fatal, warning } from './diagnostics.ts';
import { normalizeText } from './normalize-text.ts';
import { toIsoDate } from './to-iso-date.ts';
import { stripTags, xmlText } from './xml-text.ts';
import { feedOutlet } from './feed-outlet.ts';

type XmlNode = Record<string, unknown>;

/** Elements kept as raw inner XML: content that may be CDATA, escaped HTML or inline XHTML. */
const RAW_ELEMENTS = ['title', 'description', 'content:encoded', 'content', 'summary', 'dc:creator', 'name', 'subtitle'];

/** Elements that may repeat, always parsed as arrays. A Set: the parser asks once per element. */
const ARRAY_ELEMENTS: ReadonlySet<string> = new Set(['item', 'entry', 'link', 'author', 'dc:creator']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Hostile input: no DTD entity expansion at all (billion laughs); predefined ones are done by xmlText.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: RAW_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => ARRAY_ELEMENTS.has(name),
});

/** Markup that makes RSS description text HTML (RSS 2.0 allows entity-encoded HTML there). */
const HAS_MARKUP = /<[a-zA-Z][^>]*>/;

export interface FeedContext {
  /** Path or URL, used in diagnostics and as the uri prefix (`where#item-N`). */
  readonly where: string;
  /** Non-fatal diagnostics about the whole feed (e.g. decoding), copied onto every item. */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Parses a decoded feed. Returns items in document order; never throws on bad data. */
export function readFeed(text: string, ctx: FeedContext): IngestItem[] {
  const where = ctx.where;
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line } = validation.err;
    return [
      failed(
        fatal('bad-xml', `Unexpected malformed XML (${msg}) in ${where}:${line}, expected a well-formed RSS 2.0 or Atom feed`, {
          file: where,
          line,
        }),
      ),
    ];
  }
  const warnings: Diagnostic[] = [...(ctx.diagnostics ?? [])];
  if (/<!ENTITY\b/i.test(text)) {
    warnings.push(
      warning('dtd-entities', `Unexpected DTD entity declarations in ${where}, expected none; they were not expanded`, { file: where }),
    );
  }
  let tree: XmlNode;
  try {
    tree = parser.parse(text) as XmlNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      failed(
        fatal('bad-xml', `Unexpected malformed XML (${message}) in ${where}, expected a well-formed RSS 2.0 or Atom feed`, { file: where }),
      ),
    ];
  }
  // An element with no children parses to '' rather than an object: `in` still finds it.
  if ('rss' in tree || 'rdf:RDF' in tree) {
    const rss = node(tree['rss']) ?? node(tree['rdf:RDF']) ?? {};
    const channel = node(rss['channel']) ?? {};
    const entries = [...list(channel['item']), ...list(rss['item'])];
    const source = feedOutlet(text1(channel, 'title'));
    return orEmpty(
      entries.map((item, i) => rssItem(node(item) ?? {}, i + 1, { where, source, warnings })),
      `Unexpected RSS feed without items in ${where}, expected at least one <item>`,
      where,
    );
  }
  if ('feed' in tree) {
    const feed = node(tree['feed']) ?? {};
    const source = feedOutlet(text1(feed, 'title'));
    const feedAuthor = authorOf(feed);
    return orEmpty(
      list(feed['entry']).map((entry, i) => atomEntry(node(entry) ?? {}, i + 1, { where, source, feedAuthor, warnings })),
      `Unexpected Atom feed without entries in ${where}, expected at least one <entry>`,
      where,
    );
  }
  const root = Object.keys(tree).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'none';
  return [failed(fatal('not-a-feed', `Unexpected root element <${root}> in ${where}, expected <rss> or <feed>`, { file: where }))];
}

/** A feed with no items still gets one diagnostic, so no input vanishes silently. */
function orEmpty(items: IngestItem[], reason: string, where: string): IngestItem[] {
  return items.length > 0 ? items : [failed(fatal('empty-feed', reason, { file: where }))];
}

interface ItemContext {
  readonly where: string;
  readonly source: string | undefined;
  readonly feedAuthor?: string | undefined;
  readonly warnings: readonly Diagnostic[];
}

function rssItem(item: XmlNode, index: number, ctx: ItemContext): IngestItem {
  const raw = rawText(hasText(item['content:encoded']) ? item['content:encoded'] : item['description']);
  const content = raw === undefined ? undefined : xmlText(raw);
  const format: RawFormat = content !== undefined && HAS_MARKUP.test(content) ? 'html' : 'text';
  const link =
    list(item['link'])
      .map(rawText)
      .find((l) => l !== undefined && l.trim() !== '') ?? permalink(item['guid']);
  const author = [...list(item['dc:creator']), ...list(item['author'])].map(rawText).find((a) => a !== undefined && a.trim() !== '');
  const date = rawText(item['pubDate']) ?? rawText(item['dc:date']);
  return build('rss', index, ctx, { content, format, title: text1(item, 'title'), link, author, date });
}

function atomEntry(entry: XmlNode, index: number, ctx: ItemContext): IngestItem {
  // Content with a `src` attribute (RFC 4287 §4.1.3.2) is out of line and has no text: use the summary.
  const contentNode = hasText(entry['content']) ? entry['content'] : entry['summary'];
  const type = node(contentNode)?.['@_type'];
  const raw = rawText(contentNode);
  // RFC 4287 §4.1.3: type "html" is escaped HTML, "xhtml" is inline markup (kept as-is), "text" or absent is text.
  const content = raw === undefined ? undefined : type === 'xhtml' ? raw : xmlText(raw);
  const format: RawFormat = type === 'html' || type === 'xhtml' || type === 'text/html' ? 'html' : 'text';
  const links = list(entry['link'])
    .map(node)
    .filter((l): l is XmlNode => l !== undefined);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  const link = typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined;
  const date = rawText(entry['published']) ?? rawText(entry['updated']);
  return build('atom', index, ctx, {
    content,
    format,
    title: text1(entry, 'title'),
    link,
    author: authorOf(entry) ?? ctx.feedAuthor,
    date,
  });
}

interface ItemFields {
  readonly content: string | undefined;
  readonly format: RawFormat;
  readonly title: string | undefined;
  readonly link: string | undefined;
  readonly author: string | undefined;
  readonly date: string | undefined;
}

function build(origin: 'rss' | 'atom', index: number, ctx: ItemContext, f: ItemFields): IngestItem {
  const where = { file: ctx.where, line: index };
  const content = f.content === undefined ? '' : normalizeText(f.content).trim();
  if (content === '') {
    const expected = origin === 'rss' ? 'content:encoded or description' : 'content or summary';
    return failed(fatal('no-content', `Unexpected item ${index} without content in ${ctx.where}, expected ${expected}`, where));
  }
  const diagnostics: Diagnostic[] = [...ctx.warnings];
  const meta: { -readonly [K in keyof SuppliedMeta]: SuppliedMeta[K] } = {};
  if (f.link !== undefined) meta.url = xmlText(f.link).trim();
  if (f.title !== undefined && f.title !== '') meta.title = f.title;
  if (ctx.source !== undefined && ctx.source !== '') meta.source = ctx.source;
  const author = f.author === undefined ? '' : clean(f.author);
  if (author !== '') meta.author = author;
  if (f.date !== undefined) {
    const iso = toIsoDate(xmlText(f.date));
    if (iso === undefined) {
      diagnostics.push(
        warning('bad-date', `Unexpected date "${f.date}" in item ${index} of ${ctx.where}, expected RFC 822 or RFC 3339`, where),
      );
    } else meta.published = iso;
  }
  return { ok: true, doc: { uri: `${ctx.where}#item-${index}`, origin, format: f.format, content, meta, diagnostics } };
}

/** RSS 2.0: a guid is the item's URL unless isPermaLink="false". */
function permalink(guid: unknown): string | undefined {
  const text = rawText(guid)?.trim();
  if (text === undefined || node(guid)?.['@_isPermaLink'] === 'false') return undefined;
  return /^https?:\/\//i.test(text) ? text : undefined;
}

function hasText(value: unknown): boolean {
  const text = rawText(value);
  return text !== undefined && text.trim() !== '';
}

function authorOf(n: XmlNode): string | undefined {
  const names = list(n['author'])
    .map((a) => rawText(node(a)?.['name']) ?? rawText(a))
    .filter((a): a is string => a !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Text of a metadata element: references decoded, tags stripped, whitespace collapsed. */
function text1(n: XmlNode, name: string): string | undefined {
  const raw = rawText(n[name]);
  return raw === undefined ? undefined : clean(raw);
}

function clean(raw: string): string {
  return normalizeText(stripTags(xmlText(raw, { htmlEntities: true })))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The string inside an element: the value itself, or `#text` when the element had attributes. */
function rawText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const text = node(value)?.['#text'];
  return typeof text === 'string' ? text : undefined;
}

function node(value: unknown): XmlNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
