/**
 * Keeps the article's region of the page and drops prose-like text elsewhere (teaser summaries,
 * comment threads, footers written in sentences). Kept lines are grouped into regions separated by
 * long stretches of dropped text or by a section break (a comments or related-links heading, a
 * copyright line); the region with the most prose is the article, and other regions survive only
 * when they are a substantial share of it. Same idea as the "largest block cluster" step of
 * boilerplate removers (trafilatura, Boilerpipe's largest-content filter).
 */
import type { LineFeatures } from './line-features.ts';
import type { LineVerdict } from './classify-lines.ts';
import { THRESHOLDS } from './thresholds.ts';

export interface RegionBreak {
  /** A boilerplate rule id (from the lexicon) whose lines end a region. */
  readonly id: string;
  readonly reason: string;
}

/** Furniture that closes the article: what follows belongs to another part of the page. */
export const REGION_BREAKS: readonly RegionBreak[] = [
  { id: 'clean/comments', reason: 'A comments heading opens the reader thread after the article.' },
  { id: 'clean/related-links', reason: 'A related/popular heading opens a list of teasers for other articles.' },
  { id: 'clean/copyright', reason: 'The copyright line opens the page footer.' },
  { id: 'clean/tag-list', reason: 'Tag lists close an article and precede the site footer.' },
  { id: 'clean/comment-meta', reason: "Each comment header starts another reader's text." },
  { id: 'clean/relative-time', reason: 'Relative timestamps separate teaser items and comments from each other.' },
];

const BREAK_IDS = new Set(REGION_BREAKS.map((b) => b.id));

/**
 * Furniture that opens the reader comment thread. Once it appears below a full paragraph of prose,
 * nothing after it is the article: comments are prose too, and often outweigh a short story.
 */
export const COMMENT_ZONE_OPENERS: readonly RegionBreak[] = [
  { id: 'clean/comments', reason: 'A comments heading or counter ("34 responses to ...") opens the thread.' },
  { id: 'clean/comment-meta', reason: 'A comment header ("username says:") is the first comment.' },
];

const COMMENT_IDS = new Set(COMMENT_ZONE_OPENERS.map((b) => b.id));

/** Rule id for prose dropped because it lies outside the article's region. */
export const OUTSIDE_ARTICLE_RULE = 'clean/outside-article';

interface Region {
  first: number;
  last: number;
  prose: number;
}

/**
 * Index of the first comment-thread opener that follows a region with a full paragraph of prose
 * below the anchor (an opener above the story, such as a comment counter by the byline, does not
 * count), else Infinity.
 */
function commentZoneStart(verdicts: readonly LineVerdict[], regions: readonly Region[], anchor: number | null): number {
  const after = anchor ?? -1;
  const firstSolid = regions.find((r) => r.first > after && r.prose >= THRESHOLDS.anchoredMinProse.value);
  if (firstSolid === undefined) return Infinity;
  for (let i = firstSolid.last + 1; i < verdicts.length; i++) {
    const verdict = verdicts[i];
    if (verdict !== undefined && !verdict.keep && COMMENT_IDS.has(verdict.rule)) return i;
  }
  return Infinity;
}

/**
 * The main region: with an anchor (the on-page copy of the headline, which sits right above the
 * story), the first region after it with real prose; otherwise the region with the most prose.
 */
function mainRegion(regions: readonly Region[], anchor: number | null): Region | null {
  if (anchor !== null) {
    const first = regions.find((r) => r.first > anchor && r.prose >= THRESHOLDS.anchoredMinProse.value);
    if (first !== undefined) return first;
  }
  return regions.reduce<Region | null>((best, r) => (best === null || r.prose > best.prose ? r : best), null);
}

/**
 * Returns the verdicts with kept lines outside the article's region(s) turned into drops. `anchor`
 * is the index of the headline's on-page copy, when the page repeats the headline; regions before
 * it are the page header.
 */
export function keepArticleZone(
  lines: readonly LineFeatures[],
  verdicts: readonly LineVerdict[],
  anchor: number | null = null,
): LineVerdict[] {
  const regions: Region[] = [];
  let current: Region | null = null;
  let gap = 0;
  verdicts.forEach((verdict, i) => {
    const line = lines[i];
    if (line === undefined) return;
    if (!verdict.keep) {
      gap += line.length;
      // The on-page headline starts the story: nothing above it belongs to the same region.
      if (BREAK_IDS.has(verdict.rule) || i === anchor) gap = Infinity;
      return;
    }
    if (current === null || gap > THRESHOLDS.zoneGapChars.value) {
      current = { first: i, last: i, prose: 0 };
      regions.push(current);
    }
    current.last = i;
    current.prose += verdict.rule === 'text/prose' ? line.length : 0;
    gap = 0;
  });
  const cutoff = commentZoneStart(verdicts, regions, anchor);
  const main = mainRegion(
    regions.filter((r) => r.first < cutoff),
    anchor,
  );
  const floor = THRESHOLDS.zoneKeepShare.value * (main?.prose ?? 0);
  const start = main !== null && anchor !== null && main.first > anchor ? anchor : -1;
  const kept = regions.filter((r) => r === main || (r.first > start && r.first < cutoff && r.prose > 0 && r.prose >= floor));
  // A flag per line rather than a region lookup per line keeps this linear on huge inputs.
  const inKept = new Uint8Array(verdicts.length);
  for (const region of kept) inKept.fill(1, region.first, region.last + 1);
  return verdicts.map((verdict, i) => (verdict.keep && inKept[i] !== 1 ? { keep: false, rule: OUTSIDE_ARTICLE_RULE } : verdict));
}
