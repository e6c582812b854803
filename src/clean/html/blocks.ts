/**
 * Block segmentation: the page's visible text cut into blocks the way a browser lays it out. Every
 * block-level element (p, div, li, h2, td, ...) and every <br> ends the current block; inline elements
 * (a, span, em, ...) join it. Each block remembers the element that holds it and how much of its
 * text sits inside links, which the container selection and the block filters both need.
 */
import { collapseSpace, isElement, isText, type DomElement, type DomNode, type HtmlDocument } from './dom.ts';
import { BLOCK_TAGS, INVISIBLE_TAGS } from './tags.ts';

/**
 * Block elements deeper than this are read as inline, so that every block's owner sits at most this
 * deep and walks from a block to the root stay short on pathological pages. Browsers cap the tree
 * the same way (Blink's HTML parser stops nesting at depth 512).
 */
export const MAX_BLOCK_DEPTH = 512;

export interface Block {
  /** Text with white space collapsed; never empty. */
  readonly text: string;
  /** The nearest block-level element around the text. */
  readonly owner: DomElement;
  /** Characters of `text` that sit inside <a> elements. */
  readonly linkChars: number;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element is hidden from readers (hidden attribute, aria-hidden, inline display:none). */
export function isHidden(element: DomElement): boolean {
  const { attribs } = element;
  if (attribs.hidden !== undefined) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  return attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style);
}

/** Marks a point in the walk where an element's subtree ends. */
interface Exit {
  readonly exit: DomElement;
}

/** Cuts the visible text of the document into blocks, in document order (iterative, any depth). */
export function segmentBlocks(document: HtmlDocument): Block[] {
  const blocks: Block[] = [];
  const owners: DomElement[] = [];
  let parts: string[] = [];
  let linkParts: string[] = [];
  let linkDepth = 0;

  const flush = (): void => {
    const owner = owners[owners.length - 1];
    if (parts.length > 0 && owner) {
      const text = collapseSpace(parts.join(''));
      if (text.length > 0) {
        const linkChars = Math.min(text.length, collapseSpace(linkParts.join('')).length);
        blocks.push({ text, owner, linkChars });
      }
    }
    parts = [];
    linkParts = [];
  };

  // `depths[i]` is the tree depth of `stack[i]`; exits carry no depth of their own.
  const stack: (DomNode | Exit)[] = [...document.children].reverse();
  const depths: number[] = stack.map(() => 1);
  while (stack.length > 0) {
    const item = stack.pop() as DomNode | Exit;
    const depth = depths.pop() ?? 0;
    if ('exit' in item) {
      if (item.exit.name === 'a') linkDepth--;
      else {
        flush();
        owners.pop();
      }
      continue;
    }
    if (isText(item)) {
      parts.push(item.data);
      if (linkDepth > 0) linkParts.push(item.data);
      continue;
    }
    if (!isElement(item) || INVISIBLE_TAGS.has(item.name) || isHidden(item)) continue;
    if (BLOCK_TAGS.has(item.name) && depth <= MAX_BLOCK_DEPTH) {
      flush();
      if (item.name === 'br' || item.name === 'hr') continue;
      owners.push(item);
      stack.push({ exit: item });
      depths.push(depth);
    } else if (item.name === 'a') {
      linkDepth++;
      stack.push({ exit: item });
      depths.push(depth);
    }
    for (let i = item.children.length - 1; i >= 0; i--) {
      stack.push(item.children[i] as DomNode);
      depths.push(depth + 1);
    }
  }
  flush();
  return blocks;
}
