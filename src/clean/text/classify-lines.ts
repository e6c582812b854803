/**
 * The line classifier, after jusText's paragraph classifier (Pomikálek 2011): each line first gets a
 * class from its own features (good prose, near-good, short, bad), then short and near-good lines take
 * their class from their nearest decided neighbours, so a short line between menu items is menu and a
 * short line heading body prose is a sub-heading. Linear in the number of lines.
 */
import type { LineFeatures } from './line-features.ts';
import { THRESHOLDS } from './thresholds.ts';

export type LineClass = 'good' | 'neargood' | 'short' | 'bad';

/** A line's verdict: kept as body, or dropped with the rule id that dropped it. */
export interface LineVerdict {
  readonly keep: boolean;
  /** Rule id: for kept lines why it was kept (`text/prose`, `text/heading`), else why dropped. */
  readonly rule: string;
}

/** True when the line reads as running text: dense in function words, or punctuated like a sentence when the language is unknown. */
export function isProse(line: LineFeatures): boolean {
  if (line.stopShare === null) return line.sentenceEnd || /[.!?。！？][\s"'”»)]/u.test(line.text);
  return line.stopShare >= THRESHOLDS.minStopShare.value;
}

/** The class a line earns on its own, before context. */
export function initialClass(line: LineFeatures): LineClass {
  if (line.boilerplate !== null) return 'bad';
  if (line.length < THRESHOLDS.nearLength.value) return 'short';
  if (!isProse(line)) return 'bad';
  return line.length >= THRESHOLDS.goodLength.value ? 'good' : 'neargood';
}

type Decided = 'good' | 'bad';

/** For each line, the nearest good/bad class before it (document start counts as bad). */
function nearestDecided(classes: readonly LineClass[], step: 1 | -1): Decided[] {
  const out: Decided[] = new Array<Decided>(classes.length);
  let last: Decided = 'bad';
  const start = step === 1 ? 0 : classes.length - 1;
  for (let i = start; i >= 0 && i < classes.length; i += step) {
    out[i] = last;
    const c = classes[i];
    if (c === 'good' || c === 'bad') last = c;
  }
  return out;
}

/**
 * Characters between line i and the nearest good line in direction `step` (the lines in between
 * summed), or Infinity when there is none.
 */
function distanceToGood(lines: readonly LineFeatures[], classes: readonly LineClass[], step: 1 | -1): number[] {
  const out = new Array<number>(lines.length);
  let distance = Infinity;
  const start = step === 1 ? lines.length - 1 : 0;
  for (let i = start; i >= 0 && i < lines.length; i -= step) {
    out[i] = distance;
    distance = classes[i] === 'good' ? 0 : distance + (lines[i]?.length ?? 0);
  }
  return out;
}

/** A short line that can head the prose after it: few words, not punctuated like a sentence. */
function headingShape(line: LineFeatures): boolean {
  return line.words <= THRESHOLDS.maxHeadingWords.value && !/[,;:]$/u.test(line.text);
}

/** Classifies every line of a document and revises short and near-good lines by their context. */
export function classifyLines(lines: readonly LineFeatures[]): LineVerdict[] {
  const initial = lines.map(initialClass);
  // A brief with no long paragraph at all (a one-paragraph item) is judged by its best lines.
  const classes = initial.includes('good') ? initial : initial.map((c) => (c === 'neargood' ? 'good' : c));
  const before = nearestDecided(classes, 1);
  const after = nearestDecided(classes, -1);
  const toGood = distanceToGood(lines, classes, 1);
  const fromGood = distanceToGood(lines, classes, -1);
  return lines.map((line, i): LineVerdict => {
    const c = classes[i];
    const prev = before[i];
    const next = after[i];
    if (c === 'good') return { keep: true, rule: 'text/prose' };
    if (c === 'bad') return { keep: false, rule: line.boilerplate ?? 'clean/not-prose' };
    if (c === 'neargood') {
      // Between furniture it is furniture, unless prose follows closely (a standfirst above "4 min read").
      const isolated = prev === 'bad' && next === 'bad' && (toGood[i] ?? Infinity) > THRESHOLDS.standfirstDistance.value;
      return isolated ? { keep: false, rule: 'clean/isolated-line' } : { keep: true, rule: 'text/prose' };
    }
    if (prev === 'good' && next === 'good') return { keep: true, rule: 'text/inline-short' };
    // A sub-heading sits between two stretches of prose, at most an ad label or caption away from each.
    const near = THRESHOLDS.headingDistance.value;
    if (headingShape(line) && (toGood[i] ?? Infinity) <= near && (fromGood[i] ?? Infinity) <= near) {
      return { keep: true, rule: 'text/heading' };
    }
    return { keep: false, rule: 'clean/short-line' };
  });
}
