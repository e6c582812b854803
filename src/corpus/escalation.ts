/**
 * The escalation index: per day or ISO week, how many events fell in each CAMEO quad class, the
 * mean Goldstein (1992) intensity of what was reported as done, and deeds kept apart from words:
 * asserted material acts, statements (verbal quad classes) and claims about deeds (material
 * events not reported as done: future, claimed, hypothetical or negated).
 */
import type { Analysis } from '../core/analysis.ts';
import { articleMeta, isoDay } from './records.ts';
import { isCopyOfPresent } from './outlets.ts';
import { periodOf, periodsBetween, type PeriodUnit } from './periods.ts';
import { isMaterial, quadOf, QUAD_CLASSES, type QuadClass, type QuadTable } from './quad-class.ts';

export interface IndexOptions {
  /** Keep only events between these two sides, either direction (country codes). */
  readonly dyad?: readonly [string, string];
  readonly by: PeriodUnit;
}

export interface IndexPeriod {
  readonly period: string;
  /** First day of the period. */
  readonly start: string;
  readonly events: number;
  readonly quads: Readonly<Record<QuadClass, number>>;
  /** Mean Goldstein intensity of the asserted events that have one, or null when none. */
  readonly meanIntensity: number | null;
  readonly acts: number;
  readonly statements: number;
  readonly claims: number;
}

export interface EscalationIndex {
  readonly by: PeriodUnit;
  readonly dyad: readonly [string, string] | null;
  readonly periods: readonly IndexPeriod[];
  /** Events left out: no date, or no quad class for their type. */
  readonly undated: number;
  readonly unclassified: number;
}

interface Bucket {
  events: number;
  quads: Record<QuadClass, number>;
  intensitySum: number;
  intensityN: number;
  acts: number;
  statements: number;
  claims: number;
}

const emptyBucket = (): Bucket => ({
  events: 0,
  quads: { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 },
  intensitySum: 0,
  intensityN: 0,
  acts: 0,
  statements: 0,
  claims: 0,
});

function inDyad(
  dyad: readonly [string, string] | undefined,
  source: string | null | undefined,
  target: string | null | undefined,
): boolean {
  if (dyad === undefined) return true;
  const [a, b] = dyad;
  return (source === a && target === b) || (source === b && target === a);
}

/** The index over the analyses; a syndicated copy whose original is among them counts once. */
export function buildIndex(analyses: Iterable<Analysis>, options: IndexOptions, table: QuadTable): EscalationIndex {
  const list = [...analyses];
  const metas = new Map(list.map((a) => [a.document.id, articleMeta(a)]));
  const buckets = new Map<string, Bucket>();
  let undated = 0;
  let unclassified = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const analysis of list) {
    const meta = metas.get(analysis.document.id);
    if (meta === undefined || isCopyOfPresent(meta, metas)) continue;
    for (const event of analysis.events) {
      if (!inDyad(options.dyad, event.source?.country, event.target?.country)) continue;
      const date = isoDay(event.date) ?? meta.published;
      if (date === null) {
        undated++;
        continue;
      }
      const quad = quadOf(table, event.cameo, event.type);
      if (quad === null) {
        unclassified++;
        continue;
      }
      const { label } = periodOf(date, options.by);
      let bucket = buckets.get(label);
      if (bucket === undefined) buckets.set(label, (bucket = emptyBucket()));
      bucket.events++;
      bucket.quads[quad]++;
      if (event.modality === 'asserted' && event.intensity !== null) {
        bucket.intensitySum += event.intensity;
        bucket.intensityN++;
      }
      if (!isMaterial(quad)) bucket.statements++;
      else if (event.modality === 'asserted') bucket.acts++;
      else bucket.claims++;
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
  }
  const periods: IndexPeriod[] = [];
  if (first !== null && last !== null) {
    for (const { label, start } of periodsBetween(first, last, options.by)) {
      const b = buckets.get(label) ?? emptyBucket();
      const quads = Object.fromEntries(QUAD_CLASSES.map((q) => [q, b.quads[q]])) as Record<QuadClass, number>;
      periods.push({
        period: label,
        start,
        events: b.events,
        quads,
        meanIntensity: b.intensityN === 0 ? null : b.intensitySum / b.intensityN,
        acts: b.acts,
        statements: b.statements,
        claims: b.claims,
      });
    }
  }
  return { by: options.by, dyad: options.dyad ?? null, periods, undated, unclassified };
}
