/**
 * Container selection: the article is the node whose blocks add up to the most prose. Each block gets
 * a weight (weights.ts; text under page furniture counts against) and every ancestor of the block
 * gains it, shrunk at each branching level, so the best node is local: it grows to take in a second
 * run of paragraphs only when that run outweighs the furniture between them. This is Readability's
 * parent/grandparent scoring generalised to any depth, with the block text features of Kohlschütter
 * et al., "Boilerplate detection using shallow text features" (WSDM 2010).
 */
import type { Block } from './blocks.ts';
import { INVISIBLE_TAGS, TEXT_LEVEL_TAGS } from './tags.ts';
import { isElement, type DomElement, type DomParent } from './dom.ts';
import { boilerplateHint, LANDMARK_TAGS, type ElementHint } from './hints.ts';
import { BLOCK_WEIGHTS as W } from './thresholds.ts';
import { proseWeight } from './weights.ts';

/** The nearest element around a block that carries a boilerplate hint, and that hint. */
export interface HintedAncestor {
  readonly element: DomElement;
  readonly hint: ElementHint;
}

export interface Selection {
  /** The article container: an element, or the document itself for a bare fragment. */
  readonly container: DomParent;
  /** For each block (same index), the hinted ancestor that applies to it, or null. */
  readonly hinted: readonly (HintedAncestor | null)[];
}

/** The node's parent, or null at the document. Walks over it are loops: depth is unbounded. */
function parentOf(node: DomParent): DomParent | null {
  return node.parent as DomParent | null;
}

/** True when the node has more than one child element that can show text. */
function branches(node: DomParent, cache: Map<DomParent, boolean>): boolean {
  let result = cache.get(node);
  if (result === undefined) {
    let count = 0;
    for (const child of node.children) if (isElement(child) && !INVISIBLE_TAGS.has(child.name)) count++;
    result = count > 1;
    cache.set(node, result);
  }
  return result;
}

/**
 * The hinted ancestor of each block. A hint on an element that holds at least `hintCeiling` of the
 * page's prose is ignored: such an element wraps the page (an ASP.NET <form>, a `side-rail-layout`
 * class) rather than being furniture; landmark tags keep their hint whatever they hold. Text inside a
 * <blockquote> is never furniture.
 */
function hintedAncestors(blocks: readonly Block[]): (HintedAncestor | null)[] {
  const prose = new Map<DomParent, number>();
  let total = 0;
  for (const block of blocks) {
    const weight = Math.max(0, proseWeight(block));
    total += weight;
    for (let node: DomParent | null = block.owner; node !== null; node = parentOf(node)) {
      prose.set(node, (prose.get(node) ?? 0) + weight);
    }
  }
  const cache = new Map<DomParent, HintedAncestor | null>();
  return blocks.map((block) => {
    const path: DomParent[] = [];
    let found: HintedAncestor | null = null;
    for (let node: DomParent | null = block.owner; node !== null; node = parentOf(node)) {
      const cached = cache.get(node);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      path.push(node);
      if (!isElement(node)) continue;
      // A quotation is the article quoting someone, even inside an embed box named `social`.
      if (node.name === 'blockquote') break;
      const hint = boilerplateHint(node);
      if (hint !== null && (LANDMARK_TAGS.has(node.name) || (prose.get(node) ?? 0) < W.hintCeiling * total)) {
        found = { element: node, hint };
        break;
      }
    }
    for (const node of path) cache.set(node, found);
    return found;
  });
}

/**
 * How much of its weight each block keeps for being shown more than once. Text that also sits in
 * the page furniture (a ticker repeated in the footer) is furniture and keeps nothing; text shown
 * n times elsewhere (an article printed twice, a summary above the story) counts once in all, 1/n
 * per copy, so a duplicated article still weighs as one article.
 */
function repeatShares(blocks: readonly Block[], hinted: readonly (HintedAncestor | null)[]): number[] {
  const copies = new Map<string, number>();
  const inFurniture = new Set<string>();
  blocks.forEach(({ text }, i) => {
    copies.set(text, (copies.get(text) ?? 0) + 1);
    if (hinted[i]) inFurniture.add(text);
  });
  return blocks.map(({ text }) => {
    const n = copies.get(text) ?? 1;
    return n === 1 ? 1 : inFurniture.has(text) ? 0 : 1 / n;
  });
}

function depthOf(node: DomParent): number {
  let depth = 0;
  for (let n = parentOf(node); n !== null; n = parentOf(n)) depth++;
  return depth;
}

/**
 * The best-scoring node. Wrappers around the same blocks tie, and the deepest of them wins; a
 * paragraph never wins, because the short lines beside it (sub-headings, one-line paragraphs, list
 * items) belong to the story too, so its parent is taken instead (as Readability scores parents).
 */
function bestNode(scores: ReadonlyMap<DomParent, number>): DomParent | null {
  let best = 0;
  for (const score of scores.values()) best = Math.max(best, score);
  let winner: DomParent | null = null;
  let winnerDepth = -1;
  for (const [node, score] of scores) {
    if (best <= 0 || score !== best) continue;
    const depth = depthOf(node);
    if (depth > winnerDepth) {
      winner = node;
      winnerDepth = depth;
    }
  }
  const parent = winner === null ? null : parentOf(winner);
  return winner !== null && isElement(winner) && TEXT_LEVEL_TAGS.has(winner.name) && parent !== null ? parent : winner;
}

/** Picks the article container, or null when no node holds more prose than furniture. */
export function selectContainer(blocks: readonly Block[]): Selection | null {
  const hinted = hintedAncestors(blocks);
  const shares = repeatShares(blocks, hinted);
  const scores = new Map<DomParent, number>();
  const branching = new Map<DomParent, boolean>();
  blocks.forEach((block, i) => {
    const prose = proseWeight(block);
    const weight = hinted[i] ? -Math.abs(prose) * W.hintedPenalty : prose * (shares[i] ?? 1);
    // Far ancestors gain little from any one block, so the best node stays close to the paragraphs
    // (Readability halves a paragraph's score at the grandparent for the same reason).
    let factor = 1;
    for (let node: DomParent | null = block.owner; node !== null; node = parentOf(node)) {
      scores.set(node, (scores.get(node) ?? 0) + weight * factor);
      if (branches(node, branching)) factor *= W.levelDecay;
    }
  });
  const container = bestNode(scores);
  return container === null ? null : { container, hinted };
}
