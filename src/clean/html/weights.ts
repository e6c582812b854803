/**
 * How much a block says "article prose here": the weight the container selection adds up.
 */
import type { Block } from './blocks.ts';
import { BLOCK_WEIGHTS as W } from './thresholds.ts';

/** Short table cells are data (scores, prices), not labels: they cost a container nothing. */
const TABLE_CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/** Link density of a block: the share of its characters inside links. */
export function linkDensity(block: Block): number {
  return block.linkChars / block.text.length;
}

/**
 * The weight of a block, before class/id hints: its non-link length for prose, minus its length for
 * a link list, a small penalty for a short line. A link-heavy <p> weighs nothing rather than counting
 * against its container: inline name cards and link-rich prose live inside articles, while menus and
 * teaser lists are <li> and <div> blocks.
 */
export function proseWeight(block: Block): number {
  const length = block.text.length;
  if (linkDensity(block) > W.maxLinkDensity) return block.owner.name === 'p' ? 0 : -length;
  if (length < W.shortLine) return TABLE_CELLS.has(block.owner.name) ? 0 : -W.shortLinePenalty;
  return length - block.linkChars;
}
