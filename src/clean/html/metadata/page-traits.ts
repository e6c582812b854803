/**
 * How the page walk recognises elements by their class, id and itemprop ("traits"), and the size
 * limits that keep the walk cheap on huge pages. Both are data with reasons.
 */
import type { DomElement } from '../dom.ts';

export interface TraitRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Size limits of the page walk; each keeps a pathological page from costing more than a normal one. */
export const FACT_LIMITS = {
  /** Real heads carry under 100 metas; the rest are tracking noise. */
  metas: 400,
  jsonLdBlocks: 20,
  /** The largest article JSON-LD we have seen is ~60 kB (full article body inlined). */
  jsonLdChars: 400_000,
  titleChars: 400,
  datedElements: 300,
  /** A date label ("Published 15 February 2022, 10:32 GMT") fits in 80 characters. */
  datedTextChars: 80,
  bylines: 40,
  /** Longer "bylines" are author bio paragraphs, not names. */
  bylineChars: 120,
  /** A dateline sits within the first lines under the headline. */
  leadChars: 1500,
  /** Headings compared with the title; the headline is among the first few dozen on real pages. */
  headlineCandidates: 200,
  /** Nodes visited to read one element's text; a headline or date label needs a few dozen. */
  textNodes: 2000,
  /** Deep enough to reach a site header/footer from a date inside it. */
  ancestorDepth: 25,
} as const;

/** Class, id, itemprop (and `pubdate` flag) of an element, lower-cased and space-joined. */
export function elementTrait(element: DomElement): string {
  const a = element.attribs;
  const flag = 'pubdate' in a ? ' pubdate' : '';
  return `${a['class'] ?? ''} ${a['id'] ?? ''} ${a['itemprop'] ?? ''}${flag}`.toLowerCase().trim();
}

export const DATE_TRAITS: readonly TraitRule[] = [
  {
    id: 'trait/date-word',
    pattern: /date|time|publi|posted|pubdate|fecha|data|datum|tarih|дата/,
    reason: 'templates name the element holding the date after what it holds (post-date, entry-time, fecha)',
  },
];

export const BYLINE_TRAITS: readonly TraitRule[] = [
  {
    id: 'trait/byline-word',
    pattern: /byline|author|writer|reporter|autor|auteur|firma/,
    reason: 'templates mark the author name with these words in class, id or itemprop (itemprop=author)',
  },
];

export function isDateMarked(trait: string): boolean {
  return trait.length > 0 && DATE_TRAITS.some((rule) => rule.pattern.test(trait));
}

export function isBylineMarked(trait: string): boolean {
  return trait.length > 0 && BYLINE_TRAITS.some((rule) => rule.pattern.test(trait));
}

/** Tags that can hold the headline when a page has no <h1> before its article. */
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);

export const HEADLINE_TRAIT: TraitRule = {
  id: 'trait/headline',
  pattern: /headline|title/,
  reason: 'pages without an <h1> put the headline in an element named after it (story-title, headline)',
};

/** Shortest headline, in letters and digits, that may anchor the page by matching its <title>. */
export const MIN_MATCHED_HEADLINE = {
  id: 'headline/min-matched-length',
  chars: 15,
  reason: 'short headings ("News", "Latest") occur inside most titles by chance; a 15-character run rarely does',
} as const;

export function isHeadlineCandidate(element: DomElement, trait: string): boolean {
  return HEADLINE_TAGS.has(element.name) || HEADLINE_TRAIT.pattern.test(trait);
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when a heading's text is the page title or the title's headline part. */
export function matchesTitle(text: string, title: string | null): boolean {
  if (title === null) return false;
  const heading = squash(text);
  return heading.length >= MIN_MATCHED_HEADLINE.chars && squash(title).includes(heading);
}

/** Elements whose text is not a dateline even when it follows the headline. */
export const LEAD_MUTED: readonly TraitRule[] = [
  {
    id: 'lead/caption',
    pattern: /^(figure|figcaption)\b|caption|credit/,
    reason: 'photo captions date the photo, often days before the story',
  },
  {
    id: 'lead/chrome',
    pattern: /^(aside|nav|footer|button|form)\b|share|social|breadcrumb|related/,
    reason: 'page chrome between headline and body holds other stories and widgets',
  },
];

/** True when text inside this element must stay out of the lead text. */
export function isLeadMuted(tagName: string, trait: string): boolean {
  const key = `${tagName} ${trait}`;
  return LEAD_MUTED.some((rule) => rule.pattern.test(key));
}
