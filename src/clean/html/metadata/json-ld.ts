/**
 * Reads schema.org JSON-LD blocks: the article node's dates, headline, authors, publisher and
 * language. Blocks may hold one object, an array, or an `@graph`; broken JSON is skipped, except
 * that a `"datePublished": "..."` pair is still read from it by pattern, since CMS templates often
 * break the JSON elsewhere (unescaped quotes in a description) while the date stays intact.
 */
import { decodeReferences } from './entities.ts';

export interface JsonLdFacts {
  readonly published: string | null;
  readonly modified: string | null;
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  readonly language: string | null;
}

/** schema.org types that describe the article itself, most specific first. */
export const ARTICLE_TYPES: readonly { id: string; reason: string }[] = [
  { id: 'newsarticle', reason: 'schema.org type for news stories; also matches ReportageNewsArticle etc. by suffix' },
  { id: 'article', reason: 'generic article; also BlogPosting is listed below' },
  { id: 'blogposting', reason: 'WordPress and blog platforms' },
  { id: 'liveblogposting', reason: 'live pages; its datePublished is the start of the live page' },
];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_NODES = 2000;

/** Facts from every JSON-LD block of a page; an article-typed node wins over any other node. */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const nodes: JsonObject[] = [];
  let patternDate: string | null = null;
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed === undefined) {
      patternDate ??= /"datePublished"\s*:\s*"([^"]{6,40})"/.exec(block)?.[1] ?? null;
      continue;
    }
    collectNodes(parsed, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const articles = nodes.filter(isArticle);
  const withDate = nodes.filter((n) => typeof n['datePublished'] === 'string');
  const main = articles.find((n) => typeof n['datePublished'] === 'string') ?? articles[0] ?? withDate[0] ?? null;
  if (main === null) {
    return { published: patternDate, modified: null, headline: null, authors: [], publisher: null, language: null };
  }
  return {
    published: stringOf(main['datePublished']) ?? stringOf(main['dateCreated']) ?? patternDate,
    modified: stringOf(main['dateModified']),
    headline: stringOf(main['headline']) ?? stringOf(main['name']),
    authors: namesOf(main['author'], byId),
    publisher: namesOf(main['publisher'], byId)[0] ?? null,
    language: stringOf(main['inLanguage']),
  };
}

function parseLenient(block: string): Json | undefined {
  const text = block
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim();
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Raw line breaks inside strings are the commonest template fault; JSON forbids them.
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Flattens arrays and @graph containers into a list of objects (iterative, bounded). */
function collectNodes(root: Json, out: JsonObject[]): void {
  const stack: Json[] = [root];
  for (let item = stack.pop(); item !== undefined && out.length < MAX_NODES; item = stack.pop()) {
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i] as Json);
    } else if (item !== null && typeof item === 'object') {
      out.push(item);
      const graph = item['@graph'];
      if (graph !== undefined) stack.push(graph);
      const mainEntity = item['mainEntity'];
      if (mainEntity !== undefined && typeof mainEntity === 'object') stack.push(mainEntity);
    }
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function isArticle(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.some((a) => t === a.id || t.endsWith(a.id)));
}

function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const text = decodeReferences(value).trim();
    return text.length > 0 ? text : null;
  }
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

/** Names from a string, a {name} object, an {@id} reference to one, or an array of these. */
function namesOf(value: Json | undefined, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const name = stringOf(item);
      if (name !== null) names.push(name);
    } else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const ref = item['@id'];
      const target = item['name'] === undefined && typeof ref === 'string' ? (byId.get(ref) ?? item) : item;
      const name = stringOf(target['name']);
      if (name !== null) names.push(name);
    }
  }
  return names;
}
