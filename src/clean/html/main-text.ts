/**
 * Main-text extraction: segment the page into blocks, pick the article container, then drop the
 * blocks inside it that are still furniture. Every dropped block of some size is reported with the
 * id of the rule that dropped it.
 */
import type { RemovedText } from '../../core/analysis.ts';
import { segmentBlocks, type Block } from './blocks.ts';
import type { DomElement, DomParent, HtmlDocument } from './dom.ts';
import { dropReason, type BlockContext } from './block-rules.ts';
import { selectContainer } from './select.ts';
import { REPORTING } from './thresholds.ts';

/** Rule id of a block outside the article container and under no furniture hint. */
export const OUTSIDE_ARTICLE = 'clean/outside-article';

export interface MainText {
  /** Article paragraphs in document order; empty when the page holds no prose. */
  readonly paragraphs: readonly string[];
  readonly removed: readonly RemovedText[];
  /** The chosen container, or null when none was found. */
  readonly container: DomParent | null;
  /** Every visible block of the page, for a caller that needs a fallback. */
  readonly blocks: readonly Block[];
}

function isInside(element: DomElement, ancestor: DomParent): boolean {
  for (let e: DomParent | null = element; e !== null; e = e.parent as DomParent | null) if (e === ancestor) return true;
  return false;
}

function removal(block: Block, reason: string): RemovedText {
  const { text } = block;
  const max = REPORTING.maxRemovedChars;
  return { text: text.length > max ? `${text.slice(0, max - 1)}…` : text, reason };
}

/**
 * Extracts the article's paragraphs from a parsed page.
 * @param title The page's headline when known, so a copy of it at the top of the body is dropped.
 */
export function extractMainText(document: HtmlDocument, options: { title?: string | null } = {}): MainText {
  const blocks = segmentBlocks(document);
  const selection = selectContainer(blocks);
  if (selection === null) return { paragraphs: [], removed: [], container: null, blocks };
  const { container, hinted } = selection;
  const paragraphs: string[] = [];
  const removed: RemovedText[] = [];
  blocks.forEach((block, i) => {
    const hintedAncestor = hinted[i] ?? null;
    if (!isInside(block.owner, container)) {
      // Outside the article: named by the furniture it sits in when that is known.
      const reason = hintedAncestor?.hint.id ?? OUTSIDE_ARTICLE;
      if (block.text.length >= REPORTING.minRemovedChars) removed.push(removal(block, reason));
      return;
    }
    const context: BlockContext = {
      title: options.title ?? null,
      hinted: hintedAncestor !== null && isInside(hintedAncestor.element, container) ? hintedAncestor : null,
    };
    const reason = dropReason(block, context);
    if (reason === null) paragraphs.push(block.text);
    else if (block.text.length >= REPORTING.minRemovedChars) removed.push(removal(block, reason));
  });
  return { paragraphs, removed, container, blocks };
}
