/**
 * Cleans the proposals before speakers are resolved: a quoted fragment inside a mixed quote is not
 * a quote of its own; a one- or two-word opener of a quotation split around its cue (“But,” he
 * insisted, “…”) is not a separate quote (dev gold convention); of two proposals covering the same
 * words, the more specific one (direct over reported, then higher confidence) is kept.
 */
import type { Candidate } from './candidate.ts';
import { insideMixed } from './propose-mixed.ts';
import { compareSpans } from '../../core/span.ts';

/** Openers of a split quotation with at most this many words are dropped. */
export const MAX_SPLIT_OPENER_WORDS = 2;

const wordCount = (text: string, c: Candidate): number => (text.slice(c.start, c.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function refineCandidates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const reported = candidates.filter((c) => c.kind !== 'direct');
  let kept = candidates.filter(
    (c) =>
      c.kind !== 'direct' ||
      !insideMixed(
        c,
        reported.filter((r) => r.start < c.start || r.end > c.end),
      ),
  );
  // One cue, one statement: "Asked about X, Adelson said, “…”" is the quotation, not the question.
  const directCues = new Set(kept.filter((c) => c.kind === 'direct' && !c.speakerFromPrevious && c.cue !== null).map((c) => c.cue?.start));
  kept = kept.filter((c) => c.kind === 'direct' || c.cue === null || !directCues.has(c.cue.start));
  kept = kept.filter((c) => {
    if (c.kind !== 'direct' || c.cue === null || wordCount(text, c) > MAX_SPLIT_OPENER_WORDS) return true;
    return !kept.some((o) => o !== c && o.kind === 'direct' && o.start > c.end && o.cue?.start === c.cue?.start);
  });
  kept = kept.flatMap((c) => {
    const end = truncatedEnd(text, c, kept);
    // A report nested at the very start ("said that she called Sanders …") leaves nothing before
    // it: the outer content stays whole and the overlap rule below keeps one of the two.
    return end === c.end || end - c.start < MIN_KEPT_CHARS ? [c] : [{ ...c, end }];
  });
  const sorted = [...kept].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const clash = out.findIndex((o) => overlapShare(o, c) >= 0.5);
    if (clash < 0) {
      out.push(c);
      continue;
    }
    const o = out[clash];
    if (o !== undefined && better(c, o)) out[clash] = c;
  }
  return out.sort(compareSpans);
}

/** A truncated reported content must keep at least this many characters. */
export const MIN_KEPT_CHARS = 8;

/**
 * A reported content that runs over another attribution's speaker and cue stops before it, as
 * PolNeAR gives each token to one attribution: "as New Delhi advised its nationals to leave, …
 * Putin said that …".
 */
function truncatedEnd(text: string, c: Candidate, all: readonly Candidate[]): number {
  if (c.kind === 'direct') return c.end;
  let end = c.end;
  for (const o of all) {
    if (o === c || o.cue === null || o.cue.start <= c.start || o.cue.start >= end) continue;
    const at = o.speaker !== null && o.speaker.start >= c.start && o.speaker.start < o.cue.start ? o.speaker.start : o.cue.start;
    end = at;
  }
  if (end === c.end) return end;
  const head = text
    .slice(c.start, end)
    .replace(/(?:[\s,;:—–-]|\b(?:and|but|while|as|even as|because|after|before|when|since|although|though|then)\b)+$/iu, '');
  return c.start + head.length;
}

function overlapShare(a: Candidate, b: Candidate): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.min(a.end - a.start, b.end - b.start);
}

function better(a: Candidate, b: Candidate): boolean {
  if ((a.kind === 'direct') !== (b.kind === 'direct')) return a.kind === 'direct';
  return a.confidence > b.confidence;
}
