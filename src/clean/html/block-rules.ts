/**
 * Rules that drop a block inside the article container. Data records: each has a stable id and the
 * reason it exists; `check` returns the id to report for a dropped block (a family rule reports the
 * member that fired, e.g. `clean/share-buttons`), or null to keep it. The first rule that fires wins.
 */
import type { Block } from './blocks.ts';
import { collapseSpace } from './dom.ts';
import { furnitureLine } from './furniture-lines.ts';
import type { HintedAncestor } from './select.ts';
import { BLOCK_WEIGHTS } from './thresholds.ts';
import { linkDensity } from './weights.ts';

export interface BlockContext {
  /** The page's headline, when known. */
  readonly title: string | null;
  /** Page furniture inside the container that holds the block, if any. */
  readonly hinted: HintedAncestor | null;
}

export interface BlockRule {
  readonly id: string;
  readonly reason: string;
  /** The rule id to report when the block is dropped, or null to keep it. */
  check(block: Block, context: BlockContext): string | null;
}

function sameText(a: string, b: string): boolean {
  return collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase();
}

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'clean/furniture-inside-article',
    reason: 'Share bars, related links and promos often sit inside the article element itself; reports the hint that fired.',
    check: (_block, { hinted }) => hinted?.hint.id ?? null,
  },
  {
    id: 'clean/link-list',
    reason: 'A block that is mostly links is navigation or a teaser, not prose (Readability drops these too).',
    check: (block) =>
      linkDensity(block) > BLOCK_WEIGHTS.maxLinkDensity &&
      !(block.owner.name === 'p' && block.text.length - block.linkChars >= BLOCK_WEIGHTS.proseInLinkyParagraph)
        ? 'clean/link-list'
        : null,
  },
  {
    id: 'clean/furniture-line',
    reason:
      'Ad labels, teaser headings, share prompts and photo credits are furniture wherever they sit; reports the line rule that fired.',
    check: (block) => furnitureLine(block.text)?.id ?? null,
  },
  {
    id: 'clean/headline',
    reason: 'The headline is the title of the record, not a paragraph of its body.',
    check: (block, { title }) => (block.owner.name === 'h1' || (title !== null && sameText(block.text, title)) ? 'clean/headline' : null),
  },
];

/** The id of the first rule that drops the block, or null when the block is article text. */
export function dropReason(block: Block, context: BlockContext): string | null {
  for (const rule of BLOCK_RULES) {
    const id = rule.check(block, context);
    if (id !== null) return id;
  }
  return null;
}
