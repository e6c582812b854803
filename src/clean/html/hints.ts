/**
 * What an element's tag, class, id and role say about it, as data. Each hint is a record with a stable
 * `id` (reported as the reason of what it removed) and the reason it exists. The word lists follow the
 * page furniture that Readability's `unlikelyCandidates` and trafilatura's `xpaths.py` strip, reduced to
 * whole words so that `head` never matches `ad` and `thread` never matches `read`.
 */
import type { DomElement } from './dom.ts';

export interface ElementHint {
  readonly id: string;
  /** Whole words of the class/id/role (split at `-`, `_`, spaces and camelCase humps). */
  readonly words: readonly string[];
  /** Tag names that carry the same meaning whatever their class. */
  readonly tags: readonly string[];
  readonly reason: string;
}

const list = (words: string): readonly string[] => words.split(' ').filter((w) => w !== '');

/** Hints that mark page furniture: text under such an element is not the article. */
export const BOILERPLATE_HINTS: readonly ElementHint[] = [
  {
    id: 'clean/navigation',
    words: list('nav navbar navigation menu breadcrumb breadcrumbs pagination pager skip topbar'),
    tags: list('nav'),
    reason: 'Site navigation lists sections and pages, not the story.',
  },
  {
    id: 'clean/share-buttons',
    words: list('share sharing social sharebar addthis sharethis socials'),
    tags: [],
    reason: 'Share and follow widgets repeat the same labels on every page.',
  },
  {
    id: 'clean/related-links',
    words: list('related recommended recommendations popular trending outbrain taboola mostread teaser teasers recirc more'),
    tags: [],
    reason: 'Lists of other articles (related, popular, recommended) are teasers of other stories.',
  },
  {
    id: 'clean/comments',
    words: list('comment comments disqus replies respond discussion'),
    tags: [],
    reason: 'Reader comments are not the article, even when they are long prose.',
  },
  {
    id: 'clean/promo',
    words: list(
      'newsletter subscribe subscription signup promo sponsor sponsored advert advertisement ad ads adsense dfp banner cookie cookies consent gdpr modal popup donate',
    ),
    tags: [],
    reason: 'Promotions, advertising, sign-up and consent prompts interrupt the story.',
  },
  {
    id: 'clean/page-chrome',
    words: list('footer header masthead sidebar widget toolbar rail sidenav'),
    tags: list('footer header aside form'),
    reason: 'Headers, footers and side rails frame every page of the site.',
  },
  {
    id: 'clean/caption',
    words: list('caption captions figcaption'),
    tags: list('figure figcaption'),
    reason: 'Photo captions and credits describe a picture; benchmark article bodies leave them out.',
  },
  {
    id: 'clean/article-meta',
    words: list('byline dateline timestamp tags keywords author credit credits'),
    tags: [],
    reason: 'Bylines, dates and tag lists describe the article; the body is the prose.',
  },
];

/**
 * Landmark tags are furniture whatever they hold: a page whose <footer> holds most of its prose has
 * no article in its HTML (a paywall, a script-built page), and the footer must not stand in for one.
 * An unclosed landmark that swallows the article leaves no container, so the page falls back to its
 * visible text with a diagnostic instead of losing it.
 */
export const LANDMARK_TAGS: ReadonlySet<string> = new Set(list('footer nav aside'));

/** Words that mark the article body itself; they outweigh a boilerplate word on the same element. */
export const CONTENT_WORDS: ReadonlySet<string> = new Set(list('articlebody storybody entrycontent postcontent articletext storytext'));

/**
 * First words that make a class a layout or state switch rather than a name for the element:
 * `has-sidebar`, `layout-right-sidebar`, `no-comments`, `active-sticky-sidebar` describe the page
 * around the element, which is often the article's own wrapper.
 */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set(list('has with without no layout show hide is active enable disable'));

const WORD_TO_HINT = new Map<string, ElementHint>();
const TAG_TO_HINT = new Map<string, ElementHint>();
for (const hint of BOILERPLATE_HINTS) {
  for (const word of hint.words) WORD_TO_HINT.set(word, hint);
  for (const tag of hint.tags) TAG_TO_HINT.set(tag, hint);
}

/**
 * The lower-case words of an element's class, id, role and itemprop: each token split at separators
 * and camelCase humps, plus the token joined whole (`article-body` and `articleBody` also give
 * `articlebody`, the form CONTENT_WORDS lists). Tokens that start with a modifier word are skipped.
 */
export function hintWords(element: DomElement): string[] {
  const { class: cls, id, role, itemprop } = element.attribs;
  if (cls === undefined && id === undefined && role === undefined && itemprop === undefined) return [];
  const words: string[] = [];
  for (const token of `${cls ?? ''} ${id ?? ''} ${role ?? ''} ${itemprop ?? ''}`.split(/\s+/)) {
    const parts = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');
    if (parts.length === 0 || MODIFIER_WORDS.has(parts[0] ?? '')) continue;
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

/**
 * The boilerplate hint an element carries, or null. A content word (e.g. `article-body`,
 * `itemprop=articleBody`) clears the element, so `article-body side-rail` stays content.
 */
export function boilerplateHint(element: DomElement): ElementHint | null {
  const byTag = TAG_TO_HINT.get(element.name) ?? null;
  const words = hintWords(element);
  if (words.length === 0) return byTag;
  if (words.some((w) => CONTENT_WORDS.has(w))) return null;
  if (byTag) return byTag;
  for (const word of words) {
    const hint = WORD_TO_HINT.get(word);
    if (hint) return hint;
  }
  return null;
}
