/**
 * Turns Markdown into plain lines before cleaning: heading marks, emphasis, link syntax and list or
 * quote markers go, images go entirely (their alt text is not article prose), code stays as text.
 * A line-level approximation of CommonMark, enough for article bodies; it never throws.
 */

/** Each rule rewrites one line; order matters (images before links, strong before emphasis). */
const INLINE_RULES: readonly { readonly id: string; readonly pattern: RegExp; readonly replace: string }[] = [
  { id: 'image', pattern: /!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/gu, replace: '' },
  { id: 'inline-link', pattern: /\[([^\]]+)\]\([^)]*\)/gu, replace: '$1' },
  { id: 'reference-link', pattern: /\[([^\]]+)\]\[[^\]]*\]/gu, replace: '$1' },
  { id: 'autolink', pattern: /<((?:https?:\/\/|mailto:)[^>\s]+)>/gu, replace: '$1' },
  { id: 'strong', pattern: /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, replace: '$2' },
  { id: 'emphasis-star', pattern: /(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/gu, replace: '$1' },
  { id: 'emphasis-underscore', pattern: /(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, replace: '$1' },
  { id: 'strikethrough', pattern: /~~(.+?)~~/gu, replace: '$1' },
  { id: 'inline-code', pattern: /`([^`]+)`/gu, replace: '$1' },
];

const FENCE = /^\s*(```|~~~)/u;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+\s*)?$/u;
const SETEXT_OR_RULE = /^\s{0,3}(?:=+|-+|(?:\*\s*){3,}|(?:_\s*){3,})\s*$/u;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;
const BLOCK_MARKERS = /^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,9}[.)])\s+/u;

function stripInline(line: string): string {
  let out = line;
  for (const rule of INLINE_RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/** Markdown text to plain text, line for line (blank lines kept so paragraph breaks survive). */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (SETEXT_OR_RULE.test(line) || LINK_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const heading = HEADING.exec(line);
    const body = heading ? (heading[1] ?? '') : line.replace(BLOCK_MARKERS, '');
    out.push(stripInline(body));
  }
  return out.join('\n');
}
