/**
 * Pairs quotation marks into top-level quoted spans, paragraph by paragraph. Curly, straight,
 * single and guillemet marks are handled; apostrophes (Russia’s, don’t, ’90s, rock ’n’ roll) are
 * told apart from closing single quotes by their neighbours. A mark never pairs across a paragraph
 * boundary except under the newspaper convention for long quotations: a paragraph that opens with
 * a quotation mark and never closes it continues into the next paragraph when that one also opens
 * with a quotation mark. Any other unclosed quote stops at its paragraph end, so one stray mark
 * cannot swallow the article.
 */
import type { Span } from '../../core/span.ts';
import { CLOSE_MARKS, OPEN_MARKS } from './patterns.ts';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the end of the paragraph when the quote is not closed. */
  readonly close: number;
  readonly closed: boolean;
  readonly paragraph: number;
  /** True for the second and later paragraphs of a multi-paragraph quotation. */
  readonly continues: boolean;
}

const MARK = /["“”„«»‘’‹›]/gu;

type Role = { kind: 'open' | 'close' | 'either'; family: string } | null;

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013/-]/u.test(c);

/** What a quote character at `i` does, given its neighbours and whether a single quote is open. */
function roleOf(text: string, i: number, singleOpen: boolean, doubleOpen: boolean): Role {
  const c = text[i] ?? '';
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '‘') {
    if (/^‘\d\d/u.test(text.slice(i, i + 3))) return null; // ‘90s typed with the wrong mark
    if (isLetter(prev) && isLetter(next)) return null;
    return { kind: 'open', family: 'single' };
  }
  if (c === '’') {
    if (isLetter(prev) && isLetter(next)) return null; // don’t, Russia’s
    if (isSpaceOrStart(prev) && /\d/u.test(next ?? '')) return null; // ’90s
    if (text.slice(i, i + 3) === '’n’' || text.slice(i - 2, i + 1) === '’n’') return null; // rock ’n’ roll
    // A closing single quote only when one is open; otherwise a plural possessive (countries’).
    return singleOpen ? { kind: 'close', family: 'single' } : null;
  }
  if (c === '"') {
    if (isSpaceOrStart(prev) || OPEN_MARKS.has(prev ?? ''))
      return doubleOpen && !isLetter(next) ? { kind: 'close', family: 'double' } : { kind: 'open', family: 'double' };
    if (next === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(next)) return { kind: 'close', family: 'double' };
    return { kind: 'either', family: 'double' };
  }
  const open = OPEN_MARKS.get(c);
  if (open !== undefined) return { kind: 'open', family: open };
  const close = CLOSE_MARKS.get(c);
  if (close !== undefined) return { kind: 'close', family: close };
  return null;
}

interface Pending {
  readonly family: string;
  readonly at: number;
}

/** Top-level quoted spans of `text`, in order; `paragraphs` bound every search. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry = false; // the previous paragraph ended inside a multi-paragraph quote
  for (const [index, para] of paragraphs.entries()) {
    const stack: Pending[] = [];
    const firstChar = firstNonSpace(text, para);
    const continues = carry && (OPEN_MARKS.has(text[firstChar] ?? '') || text[firstChar] === '"');
    carry = false;
    MARK.lastIndex = para.start;
    for (let found = MARK.exec(text); found !== null && found.index < para.end; found = MARK.exec(text)) {
      const i = found.index;
      const role = roleOf(
        text,
        i,
        stack.some((p) => p.family === 'single'),
        stack.some((p) => p.family === 'double'),
      );
      if (role === null) continue;
      const openIdx = findLast(stack, role.family);
      const closes = role.kind === 'close' || (role.kind === 'either' && openIdx >= 0);
      if (!closes) {
        stack.push({ family: role.family, at: i });
        continue;
      }
      if (openIdx < 0) continue; // a stray closing mark
      const pending = stack[openIdx];
      stack.length = openIdx;
      if (openIdx === 0 && pending !== undefined) out.push(span(text, pending.at, i, true, index, continues && pending.at === firstChar));
    }
    const bottom = stack[0];
    if (bottom === undefined) continue;
    const end = lastNonSpace(text, para);
    if (end > bottom.at + 1) out.push(span(text, bottom.at, end, false, index, continues && bottom.at === firstChar));
    const next = paragraphs[index + 1];
    // The convention holds for a quotation opened mid-paragraph too ("Vos said: “… ¶ “…”").
    if (next !== undefined) {
      const nextFirst = text[firstNonSpace(text, next)] ?? '';
      carry = OPEN_MARKS.has(nextFirst) || nextFirst === '"';
    }
  }
  return out;
}

function span(text: string, open: number, close: number, closed: boolean, paragraph: number, continues: boolean): QuotedSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { open, close, start, end, closed, paragraph, continues };
}

function findLast(stack: readonly Pending[], family: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.family === family) return i;
  return -1;
}

function firstNonSpace(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

function lastNonSpace(text: string, para: Span): number {
  let i = para.end;
  while (i > para.start && /\s/u.test(text[i - 1] ?? '')) i--;
  return i;
}
