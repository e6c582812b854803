/**
 * The numbers the plain-text line classifier decides by, each with its reason. The starting points
 * are jusText's published defaults (Pomikálek 2011, "Removing boilerplate and duplicate content from
 * web corpora": length_low 70, length_high 200, stopwords 0.30/0.32, max_heading_distance 200),
 * re-measured on the Zyte article-extraction benchmark as a whole (eval `zyte-text`), never on one
 * site. `classify-lines.test.ts` pins each edge.
 */
export interface Threshold {
  readonly value: number;
  readonly reason: string;
}

export const THRESHOLDS = {
  goodLength: {
    value: 120,
    reason:
      "A prose line at least this long (weighted characters) is article text on its own. Lower than jusText's 200 because our stoplists are short and page text keeps one paragraph per line.",
  },
  nearLength: {
    value: 50,
    reason: 'Shorter lines are labels, menu items, headings and dates: their fate depends on their neighbours (jusText "short").',
  },
  minStopShare: {
    value: 0.15,
    reason:
      "Share of function words (from the document's best stoplist, ~40-60 words) above which a long line reads as prose; menus and teaser titles sit well below it.",
  },
  knownLanguageShare: {
    value: 0.12,
    reason:
      'When no stoplist covers this share of the whole document the language is unknown (e.g. Korean, Chinese) and prose is recognised by sentence punctuation instead.',
  },
  headingDistance: {
    value: 200,
    reason: 'A short line followed within this many characters by article prose may be its sub-heading (jusText max_heading_distance).',
  },
  standfirstDistance: {
    value: 60,
    reason:
      'A near-prose line between furniture is still kept when prose follows within this many characters: a standfirst separated from the story only by a stamp such as "4 min read".',
  },
  maxHeadingWords: {
    value: 12,
    reason: 'Sub-headings are short; a longer unpunctuated line is a teaser title or a caption fragment.',
  },
  cjkWeight: {
    value: 2,
    reason: 'A Han, kana or Hangul character carries about as much text as two Latin letters, so CJK lines count double toward length.',
  },
  minTitleWords: {
    value: 2,
    reason: 'A one-word line at the top is a section label ("World", "Opinion"), not a headline.',
  },
  maxTitleWords: {
    value: 30,
    reason: 'Headlines stay under about 20 words; longer unpunctuated lines at the top are standfirsts or captions.',
  },
  wrapMinChars: {
    value: 40,
    reason:
      'A line at least this long that ends mid-sentence, followed by a lower-case line, is a hard wrap; labels and menu items are shorter.',
  },
  zoneGapChars: {
    value: 1200,
    reason:
      'Boilerplate (weighted characters) between two runs of prose beyond which they are separate regions; an in-article ad or caption block stays well under it.',
  },
  anchoredMinProse: {
    value: 200,
    reason:
      'Below the on-page headline, the first region with at least this much prose (about one full paragraph) is the story; a lone standfirst line is not enough to claim it.',
  },
  zoneKeepShare: {
    value: 0.5,
    reason:
      "A region of prose outside the main one is kept when it holds at least this share of the main region's prose (a second page section of the same article); smaller ones are teasers or comments.",
  },
} as const satisfies Record<string, Threshold>;
