/**
 * Who a role phrase refers to: the prefix before a title ("Russian", "Ukraine's", "NATO",
 * "Kremlin") or the "of X" after it gives the state or IGO; the title vocabulary gives the
 * canonical title. Shared by the description and title-name proposers.
 */
import type { ActorContext } from './context.ts';
import { hitEndingBefore, skipSpaces, withThe } from './context.ts';
import { SPOKESPERSON_OF } from './kb/titles.ts';
import { foldKey } from './kb/normalise.ts';

export interface RoleOwner {
  /** ISO alpha-3 or IGO code. */
  readonly of: string;
  /** Where the phrase starts (the prefix, or "the" before it). */
  readonly start: number;
  /** The canonical title after owner-specific adjustment (spokesperson of the Kremlin…). */
  readonly title: string;
}

/** The state or IGO code a KB record stands for, or null. */
export function ownerCode(ctx: ActorContext, actorId: string): string | null {
  const record = ctx.kb.records.get(actorId);
  if (record === undefined) return null;
  if (record.kind === 'state') return record.country;
  if (record.kind === 'igo') return record.code;
  return null;
}

/** The owner written before a title at [start, …), e.g. "the Russian" in "the Russian president". */
export function ownerBefore(ctx: ActorContext, titleStart: number, title: string): RoleOwner | null {
  let pos = titleStart;
  let spokes: { title: string; of: string } | undefined;
  // "Foreign Ministry spokeswoman": the ministry words sit between the country and the title.
  const ministry = /(?:foreign ministry|foreign office)\s+$/iu.exec(ctx.text.slice(Math.max(0, pos - 20), pos));
  if (ministry !== null && title === 'spokesperson') {
    pos -= ministry[0].length;
    spokes = SPOKESPERSON_OF['foreign ministry'];
  }
  const hit = hitEndingBefore(ctx, pos);
  if (hit === undefined) return null;
  const entry = hit.entries[0];
  if (entry === undefined) return null;
  if (title === 'spokesperson' && spokes === undefined) {
    const fixed = SPOKESPERSON_OF[foldKey(ctx.text.slice(hit.start, hit.end))];
    if (fixed !== undefined && fixed.of !== '') return { of: fixed.of, start: withThe(ctx.text, hit.start), title: fixed.title };
  }
  if (entry.form === 'metonym' || entry.form === 'surname') return null;
  const of = ownerCode(ctx, entry.actorId);
  if (of === null) return null;
  return { of, start: withThe(ctx.text, hit.start), title: spokes?.title ?? title };
}

/** The owner written after a title: "president of France" → FRA and the end of "France". */
export function ownerAfter(ctx: ActorContext, titleEnd: number): { of: string; end: number } | null {
  const m = /^\s+of\s+(?:the\s+)?/u.exec(ctx.text.slice(titleEnd, titleEnd + 12));
  if (m === null) return null;
  const hit = ctx.hitByStart.get(titleEnd + m[0].length);
  const entry = hit?.entries[0];
  if (hit === undefined || entry === undefined || entry.form !== 'name') return null;
  const of = ownerCode(ctx, entry.actorId);
  return of === null ? null : { of, end: hit.end };
}

/** The position after an optional comma and spaces: "Adviser, Jake Sullivan". */
export function afterOptionalComma(text: string, pos: number): number {
  const i = skipSpaces(text, pos);
  return text[i] === ',' ? skipSpaces(text, i + 1) : i;
}
