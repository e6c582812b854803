/**
 * One iterative pass over the parsed page that gathers everything the metadata readers need, so
 * the tree is walked once and never recursively (a page nested 10,000 deep cannot overflow the
 * stack). Readers then work on these plain records.
 */
import type { DomElement, DomNode, HtmlDocument } from '../dom.ts';
import { collapseSpace, isElement, isText } from '../dom.ts';
import { FACT_LIMITS, elementTrait, isDateMarked, isBylineMarked, isHeadlineCandidate, isLeadMuted, matchesTitle } from './page-traits.ts';

export interface MetaTag {
  /** Lower-cased `property`, `name`, `itemprop` or `http-equiv`. */
  readonly key: string;
  readonly content: string;
}

/** An element that may carry the page's date: a <time>, or an element marked as a date. */
export interface DatedElement {
  /** The machine value (`datetime`, `content`, abbr `title`) when present, else null. */
  readonly machine: string | null;
  /** The element's own text, collapsed and cut to a few dozen characters. */
  readonly text: string;
  /** Class, id and itemprop of the element, lower-cased, for reading its role. */
  readonly trait: string;
  /** Class, id and tag names of its ancestors (nearest first, bounded), lower-cased. */
  readonly context: string;
  readonly isTime: boolean;
  /** True when it comes after the first <h1> (the headline) in document order. */
  readonly afterHeadline: boolean;
}

export interface PageFacts {
  readonly htmlLang: string | null;
  readonly metas: readonly MetaTag[];
  readonly jsonLd: readonly string[];
  readonly titleTag: string | null;
  readonly headline: string | null;
  readonly dated: readonly DatedElement[];
  /** Texts of rel=author links and elements marked as bylines, in document order. */
  readonly bylines: readonly string[];
  /** Visible text that follows the headline, cut to FACT_LIMITS.leadChars. */
  readonly leadText: string;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'option']);

/** Gathers the facts of one page; never throws on odd markup. */
export function collectPageFacts(doc: HtmlDocument): PageFacts {
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  let ogTitle: string | null = null;
  let headline: string | null = null;
  let headlineElement: DomElement | null = null;
  // A first <h1> that does not match the page title may be the site logo: it anchors the page only
  // until a heading that does match the title turns up.
  let headlineFinal = false;
  let headingsRead = 0;
  let afterHeadline = false;
  let muted = 0;
  const metas: MetaTag[] = [];
  const jsonLd: string[] = [];
  const dated: DatedElement[] = [];
  const bylines: string[] = [];
  const lead: string[] = [];
  let leadLength = 0;

  // Entries are nodes to enter, or markers to leave an element whose end matters.
  const stack: (DomNode | Leave)[] = [...doc.children].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if ('leave' in item) {
      if (item.mutes) muted--;
      if (item.leave === headlineElement) afterHeadline = true;
      continue;
    }
    const node = item;
    if (isText(node)) {
      if (afterHeadline && muted === 0 && leadLength < FACT_LIMITS.leadChars) {
        const piece = node.data.slice(0, FACT_LIMITS.leadChars - leadLength);
        lead.push(piece);
        leadLength += piece.length;
      }
      continue;
    }
    if (!isElement(node)) continue;
    const attribs = node.attribs;
    switch (node.name) {
      case 'html':
        htmlLang ??= nonEmpty(attribs['lang'] ?? attribs['xml:lang']);
        break;
      case 'meta': {
        const key = attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'];
        const content = attribs['content'] ?? attribs['datetime'];
        if (key !== undefined && content !== undefined && metas.length < FACT_LIMITS.metas) {
          metas.push({ key: key.trim().toLowerCase(), content: content.trim() });
          if (key.toLowerCase() === 'og:title') ogTitle ??= nonEmpty(content);
        }
        break;
      }
      case 'script':
        if ((attribs['type'] ?? '').toLowerCase().includes('ld+json') && jsonLd.length < FACT_LIMITS.jsonLdBlocks) {
          jsonLd.push(ownText(node, FACT_LIMITS.jsonLdChars));
        }
        continue;
      case 'title':
        titleTag ??= nonEmpty(collapseSpace(ownText(node, FACT_LIMITS.titleChars)));
        continue;
    }
    if (SKIPPED.has(node.name)) continue;
    const trait = elementTrait(node);
    if (!headlineFinal && headingsRead < FACT_LIMITS.headlineCandidates && isHeadlineCandidate(node, trait)) {
      headingsRead++;
      const text = collapseSpace(ownText(node, FACT_LIMITS.titleChars));
      const matches = matchesTitle(text, ogTitle ?? titleTag);
      if (matches || (node.name === 'h1' && headlineElement === null)) {
        if (headlineElement !== null) {
          // The provisional anchor was not the headline: what followed it preceded the real one.
          afterHeadline = false;
          lead.length = 0;
          leadLength = 0;
          for (let i = 0; i < dated.length; i++) dated[i] = { ...(dated[i] as DatedElement), afterHeadline: false };
        }
        headlineElement = node;
        headlineFinal = matches;
        headline = nonEmpty(text);
        stack.push({ leave: node, mutes: false });
      }
    }
    const isTime = node.name === 'time';
    if ((isTime || isDateMarked(trait)) && dated.length < FACT_LIMITS.datedElements) {
      const machine = nonEmpty(attribs['datetime'] ?? attribs['content'] ?? (node.name === 'abbr' ? attribs['title'] : undefined));
      dated.push({
        machine,
        text: collapseSpace(ownText(node, FACT_LIMITS.datedTextChars)),
        trait,
        context: ancestorContext(node),
        isTime,
        afterHeadline,
      });
    }
    if ((isBylineMarked(trait) || (attribs['rel'] ?? '').toLowerCase() === 'author') && bylines.length < FACT_LIMITS.bylines) {
      const text = collapseSpace(ownText(node, FACT_LIMITS.bylineChars + 1));
      if (text.length > 0 && text.length <= FACT_LIMITS.bylineChars) bylines.push(text);
    }
    if (isLeadMuted(node.name, trait)) {
      muted++;
      stack.push({ leave: node, mutes: true });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
  }
  return {
    htmlLang,
    metas,
    jsonLd,
    titleTag,
    headline,
    dated,
    bylines,
    leadText: collapseSpace(lead.join(' ')).slice(0, FACT_LIMITS.leadChars),
  };
}

interface Leave {
  readonly leave: DomElement;
  /** True when leaving it ends a stretch whose text is kept out of the lead text. */
  readonly mutes: boolean;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}

/**
 * Raw text of a subtree, stopping once `limit` characters are gathered or FACT_LIMITS.textNodes
 * nodes are visited, so a huge container marked "title" costs no more than a small one.
 */
function ownText(root: DomElement, limit: number): string {
  let out = '';
  let budget = FACT_LIMITS.textNodes;
  const stack: DomNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined && out.length < limit && budget > 0; node = stack.pop(), budget--) {
    if (isText(node)) out += node.data.slice(0, limit - out.length);
    else if (isElement(node) && !SKIPPED.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode);
    }
  }
  return out.slice(0, limit);
}

function ancestorContext(node: DomElement): string {
  const parts: string[] = [];
  for (let current = node.parent, depth = 0; current !== null && depth < FACT_LIMITS.ancestorDepth; current = current.parent, depth++) {
    // <body> and <html> classes describe the whole page (WordPress puts "has-sidebar" there).
    if (!isElement(current) || current.name === 'body' || current.name === 'html') break;
    parts.push(`${current.name} ${elementTrait(current)}`);
  }
  return parts.join(' | ');
}
