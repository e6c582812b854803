/**
 * Which <meta> keys carry which fact, in order of trust within each fact. Keys are matched against
 * the lower-cased `property`, `name`, `itemprop` or `http-equiv` of the tag.
 */
import type { MetaTag } from './page-facts.ts';

export type MetaField = 'published' | 'modified' | 'title' | 'site' | 'author' | 'language';

export interface MetaRule {
  readonly id: string;
  readonly field: MetaField;
  readonly keys: readonly string[];
  readonly reason: string;
}

export const META_RULES: readonly MetaRule[] = [
  {
    id: 'meta/article-published-time',
    field: 'published',
    keys: ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published'],
    reason: 'Open Graph article namespace (ogp.me), set by most news CMSs',
  },
  {
    id: 'meta/date-published-itemprop',
    field: 'published',
    keys: ['datepublished', 'datecreated'],
    reason: 'schema.org microdata on a <meta itemprop>',
  },
  {
    id: 'meta/analytics-pub-date',
    field: 'published',
    keys: [
      'parsely-pub-date',
      'sailthru.date',
      'cxenseparse:recs:publishtime',
      'article.published',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'published_time',
      'published-date',
      'date_published',
      'pub_date',
      'article_date_original',
      'original-publish-date',
      'originalpublicationdate',
      'bt:pubdate',
      'rnews:datepublished',
      'citation_publication_date',
      'citation_date',
      'article:post_date',
    ],
    reason: 'analytics and recommendation tags (Parse.ly, Sailthru, Cxense) and CMS-specific names that carry the first publication time',
  },
  {
    id: 'meta/dublin-core-date',
    field: 'published',
    keys: ['dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'dc.created'],
    reason: 'Dublin Core (dublincore.org); plain dc.date is the issue date on news sites',
  },
  {
    id: 'meta/plain-date',
    field: 'published',
    keys: ['date', 'created', 'timestamp', 'datetime', 'article_date', 'story_date', 'displaydate'],
    reason: 'unprefixed names some CMSs use for the story date; trusted last within meta',
  },
  {
    id: 'meta/modified-time',
    field: 'modified',
    keys: [
      'article:modified_time',
      'og:updated_time',
      'datemodified',
      'dcterms.modified',
      'dc.date.modified',
      'last-modified',
      'lastmod',
      'article:modified',
      'parsely-updated',
    ],
    reason: 'last-edit times: a published date may not be later than these',
  },
  {
    id: 'meta/og-title',
    field: 'title',
    keys: ['og:title', 'twitter:title', 'headline', 'dc.title'],
    reason: 'the headline without the site suffix, usually',
  },
  {
    id: 'meta/site-name',
    field: 'site',
    keys: ['og:site_name', 'application-name', 'dc.publisher', 'publisher'],
    reason: 'the outlet name',
  },
  {
    id: 'meta/author',
    field: 'author',
    keys: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline'],
    reason: 'the author name(s)',
  },
  {
    id: 'meta/language',
    field: 'language',
    keys: ['og:locale', 'content-language', 'language', 'dc.language', 'inlanguage'],
    reason: 'the page language or locale',
  },
];

export interface MetaHit {
  readonly ruleId: string;
  readonly content: string;
}

/** Values for one field, in rule order then key order then document order. */
export function metaValues(metas: readonly MetaTag[], field: MetaField, rules: readonly MetaRule[] = META_RULES): MetaHit[] {
  const hits: MetaHit[] = [];
  for (const rule of rules) {
    if (rule.field !== field) continue;
    for (const key of rule.keys) {
      for (const meta of metas) if (meta.key === key && meta.content.length > 0) hits.push({ ruleId: rule.id, content: meta.content });
    }
  }
  return hits;
}
