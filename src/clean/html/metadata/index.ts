/**
 * Article metadata from a parsed HTML page: title, byline, outlet, language and, above all, the
 * publication day with the source it came from. Pure: the page is parsed once by the caller
 * (htmlparser2 `parseDocument`) and walked once here.
 */
import type { HtmlDocument } from '../dom.ts';
import { collectPageFacts } from './page-facts.ts';
import { readJsonLd } from './json-ld.ts';
import { metaValues } from './meta-rules.ts';
import type { MetaField } from './meta-rules.ts';
import { isUtcStamp, parseDateValue } from './find-dates.ts';
import type { DateHints } from './find-dates.ts';
import { dateFromElements } from './element-date.ts';
import { dateFromLead } from './lead-date.ts';
import { dateFromUrl } from './url-date.ts';
import { choosePublished } from './published-date.ts';
import type { DateSource } from './published-date.ts';
import { chooseLanguage, dayFirstOf } from './language.ts';
import { chooseSource, hostOf } from './source.ts';
import { chooseTitle } from './title.ts';
import { chooseByline } from './byline.ts';

export interface HtmlMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly source: string | null;
  /** ISO day `YYYY-MM-DD`, or null when no trustworthy signal was found. */
  readonly published: string | null;
  /** `json-ld`, `meta`, `time`, `url`, `text`, or null with `published`. */
  readonly publishedFrom: string | null;
  /** BCP 47 primary language subtag (`en`), or null. */
  readonly language: string | null;
}

export interface HtmlMetadataOptions {
  /** The page's URL: read for a dated permalink and as the outlet of last resort. */
  readonly url?: string;
}

/** Reads the metadata of one page. Never throws on bad markup or broken JSON-LD. */
export function extractHtmlMetadata(doc: HtmlDocument, options: HtmlMetadataOptions): HtmlMetadata {
  const facts = collectPageFacts(doc);
  const jsonLd = readJsonLd(facts.jsonLd);
  const meta = (field: MetaField): string[] => metaValues(facts.metas, field).map((hit) => hit.content);
  const locales = [facts.htmlLang, ...meta('language'), jsonLd.language];
  const hints: DateHints = { dayFirst: dayFirstOf(locales) };

  const elements = dateFromElements(facts.dated, hints);
  const modified = [
    jsonLd.modified === null ? null : parseDateValue(jsonLd.modified, hints),
    ...meta('modified').map((value) => parseDateValue(value, hints)),
    elements.modified,
  ].filter((day): day is string => day !== null);
  const metaPublished = firstDated(meta('published'), hints);
  const utcSources = new Set<DateSource>();
  if (isUtcStamp(jsonLd.published)) utcSources.add('json-ld');
  if (isUtcStamp(metaPublished?.raw ?? null)) utcSources.add('meta');
  const { published, publishedFrom } = choosePublished(
    {
      'json-ld': jsonLd.published === null ? null : parseDateValue(jsonLd.published, hints),
      meta: metaPublished?.day ?? null,
      time: elements.published,
      url: dateFromUrl(options.url),
      text: dateFromLead(facts.leadText, hints),
    },
    modified,
    utcSources,
  );

  const sites = meta('site');
  const source = chooseSource([sites[0] ?? null, jsonLd.publisher, ...sites.slice(1)], options.url);
  const host = hostOf(options.url);
  const siteNames = [source, host, host?.split('.')[0] ?? null].filter((s): s is string => s !== null);
  return {
    title: chooseTitle([meta('title')[0] ?? null, jsonLd.headline, facts.headline, facts.titleTag], siteNames),
    byline: chooseByline(jsonLd.authors, [...meta('author'), ...facts.bylines]),
    source,
    published,
    publishedFrom,
    language: chooseLanguage(locales),
  };
}

/** The first value that holds a date, with its day. */
function firstDated(values: readonly string[], hints: DateHints): { raw: string; day: string } | null {
  for (const raw of values) {
    const day = parseDateValue(raw, hints);
    if (day !== null) return { raw, day };
  }
  return null;
}
