/**
 * The HTML tree Brink works on: htmlparser2's `parseDocument` (a domhandler DOM), parsed once per page.
 *
 * The node types are derived from `parseDocument`'s return type instead of being imported from
 * `domhandler`, because htmlparser2 carries its own nested copy of domhandler whose enum types differ
 * nominally from a top-level copy: deriving them keeps every caller on the parser's own types.
 */
import { ElementType, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type DomNode = HtmlDocument['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
export type DomText = Extract<DomNode, { type: typeof ElementType.Text }>;
export type DomParent = DomElement | HtmlDocument;

/** Parses HTML leniently (never throws on garbage); tag and attribute names come out lower-cased. */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(node: DomNode | HtmlDocument): node is DomElement {
  return ElementType.isTag(node);
}

export function isText(node: DomNode | HtmlDocument): node is DomText {
  return node.type === ElementType.Text;
}

/** The first element with one of `names`, in document order (iterative: deep trees cannot overflow). */
export function findFirst(root: DomParent, names: ReadonlySet<string>): DomElement | null {
  const stack: DomNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (names.has(node.name)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return null;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
