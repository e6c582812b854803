/**
 * The numbers the extractor decides by, each with the reason it has that value. Tuned on the Zyte
 * article-extraction benchmark as a whole, never on one site; the tests of the files that use them
 * (weights, select, main-text) pin each edge.
 */
export const BLOCK_WEIGHTS = {
  /**
   * Above this share of linked characters a block is a link list (menus, teasers, tag clouds).
   * Readability drops candidates over 0.5 too; prose rarely links more than a third of its words.
   */
  maxLinkDensity: 0.5,
  /**
   * A link-heavy <p> is still kept when this many of its characters are outside links: a sentence
   * around an inline name card, not a teaser.
   */
  proseInLinkyParagraph: 80,
  /** Lines shorter than this (characters) are labels, dates and buttons more often than prose. */
  shortLine: 40,
  /** What a short line costs a container: small, so sub-headings inside an article cost little. */
  shortLinePenalty: 10,
  /** Prose under page furniture counts against a container at this fraction of its length. */
  hintedPenalty: 1,
  /**
   * A class/id hint on an element holding at least this share of the page's prose is ignored: the
   * element wraps the page (an ASP.NET form, a `has-sidebar` layout class) rather than being furniture.
   */
  hintCeiling: 0.5,
  /** A block's weight shrinks by this factor at every branching ancestor (see select.ts). */
  levelDecay: 0.9,
} as const;

/** How much of the dropped text `removed` reports. */
export const REPORTING = {
  /** Shorter dropped blocks (labels, buttons) are not worth an analyst's attention. */
  minRemovedChars: 40,
  /** Each removed text is cut to this many characters: enough to recognise it. */
  maxRemovedChars: 200,
} as const;
