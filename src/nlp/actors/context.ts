/**
 * What every proposer reads: the article text, its folded twin (same offsets), the knowledge base,
 * the article date and the KB alias hits, indexed by where they start and end.
 */
import type { KnowledgeBase } from './kb/index.ts';
import { foldText } from './kb/normalise.ts';
import { scanAliases, type AliasHit } from './scan-aliases.ts';

export interface ActorContext {
  readonly text: string;
  readonly folded: string;
  readonly kb: KnowledgeBase;
  /** The article's date (ISO) for date-bounded roles, or null (then no role is resolved by date). */
  readonly date: string | null;
  readonly hits: readonly AliasHit[];
  readonly hitByStart: ReadonlyMap<number, AliasHit>;
  readonly hitByEnd: ReadonlyMap<number, AliasHit>;
}

export function buildContext(text: string, kb: KnowledgeBase, date: string | null): ActorContext {
  const folded = foldText(text);
  const hits = scanAliases(text, folded, kb.trie);
  const hitByStart = new Map<number, AliasHit>();
  const hitByEnd = new Map<number, AliasHit>();
  for (const hit of hits) {
    hitByStart.set(hit.start, hit);
    if (!hitByEnd.has(hit.end)) hitByEnd.set(hit.end, hit);
  }
  return { text, folded, kb, date, hits, hitByStart, hitByEnd };
}

/** Index of the first non-space character at or after `pos` (spaces and no-break spaces only). */
export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i;
}

/** Index just after the last non-space character before `pos`. */
export function skipSpacesBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  return i;
}

/** `start` moved back over an article "the" directly before it. */
export function withThe(text: string, start: number): number {
  const m = /\b[Tt]he\s+$/u.exec(text.slice(Math.max(0, start - 4), start));
  return m === null ? start : start - m[0].length;
}

/** The KB hit that ends right before `pos` (spaces and a possessive 's allowed between). */
export function hitEndingBefore(ctx: ActorContext, pos: number): AliasHit | undefined {
  let q = skipSpacesBack(ctx.text, pos);
  const direct = ctx.hitByEnd.get(q);
  if (direct !== undefined) return direct;
  if (/['’]s$/u.test(ctx.text.slice(q - 2, q))) q -= 2;
  else if (/['’]$/u.test(ctx.text.slice(q - 1, q))) q -= 1;
  return ctx.hitByEnd.get(q);
}

/** A capitalised name-like word: "Lavrov", "O'Brien", "Jean-Yves", "Žižek" (regex source, unanchored). */
export const NAME_WORD_SOURCE = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*`;
const NAME_WORD = new RegExp(`^${NAME_WORD_SOURCE}$`, 'u');

/** Up to `max` capitalised name words starting at `pos`; returns the end offset of each word. */
export function nameWordsAt(text: string, pos: number, max: number): number[] {
  const ends: number[] = [];
  let i = pos;
  while (ends.length < max) {
    const m = /^[\p{L}\p{M}'’-]+/u.exec(text.slice(i, i + 40));
    if (m === null || !NAME_WORD.test(m[0])) break;
    ends.push(i + m[0].length);
    const next = i + m[0].length;
    if (text[next] !== ' ' && text[next] !== '\u00a0') break;
    i = next + 1;
  }
  return ends;
}

/**
 * True inside a photo credit ("Photo: Kremlin Pool / AFP", "© Anadolu Agency"): agencies and
 * photographers named there are not participants (shared/eval/GUIDELINES.md, Actors).
 */
export function inCredit(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(Math.max(lineStart, pos - 120), pos);
  return /(?:\bphoto(?:graph)?s?\b|\bcredit\b|\bimage\b|©|\/\s*$|\(\s*$)/iu.test(before);
}
