/**
 * Tag-name sets the extractor reads the page by (the HTML Living Standard's rendering section:
 * which elements render no text, which start a block, which hold one paragraph).
 */
const set = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** Elements whose text is never shown as page text. */
export const INVISIBLE_TAGS = set(
  'head script style noscript template svg math iframe object embed canvas button select option textarea input dialog audio video picture map',
);

/** Elements that start a new block (HTML's block-level and table-cell elements, and line breaks). */
export const BLOCK_TAGS = set(
  'address article aside blockquote body center dd details dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption legend br',
);

/** Elements that hold one paragraph of text, never a whole article. */
export const TEXT_LEVEL_TAGS = set('p h1 h2 h3 h4 h5 h6 li dt dd pre td th figcaption caption summary');
