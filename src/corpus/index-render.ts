/**
 * Renderers of the escalation index: a terminal chart (plain text, one line per period), CSV and
 * JSON. Pure: each returns a string for the caller to print or write.
 */
import type { EscalationIndex, IndexPeriod } from './escalation.ts';
import { QUAD_CLASSES } from './quad-class.ts';

export const INDEX_SCHEMA = 'brink.index/1' as const;
const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per value, low to high across the series' own range; blank for null. */
export function sparkline(values: readonly (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return ' '.repeat(values.length);
  const lo = Math.min(...present);
  const span = Math.max(...present) - lo;
  return values.map((v) => (v === null ? ' ' : SPARKS[span === 0 ? 3 : Math.round(((v - lo) / span) * (SPARKS.length - 1))])).join('');
}

const fixed = (n: number | null): string => (n === null ? '' : n.toFixed(2));

/**
 * A text chart: per period the asserted acts, statements and claims, the mean Goldstein intensity,
 * and a bar of material-conflict events scaled to `width` characters; then a sparkline of the mean.
 */
export function renderIndexChart(index: EscalationIndex, options: { readonly width?: number } = {}): string {
  const width = Math.max(1, options.width ?? 40);
  const label = index.dyad === null ? 'all actors' : `${index.dyad[0]}–${index.dyad[1]}`;
  if (index.periods.length === 0) return `Escalation index (${label}, by ${index.by}): no dated events.\n`;
  const max = Math.max(1, ...index.periods.map((p) => p.quads['material-conflict']));
  const pad = Math.max(6, ...index.periods.map((p) => p.period.length));
  const lines = [`Escalation index (${label}, by ${index.by})`, `${'period'.padEnd(pad)}  acts stmts claims   mean  material conflict`];
  for (const p of index.periods) {
    const n = p.quads['material-conflict'];
    const bar = '█'.repeat(Math.round((n / max) * width));
    lines.push(
      `${p.period.padEnd(pad)} ${String(p.acts).padStart(5)} ${String(p.statements).padStart(5)} ${String(p.claims).padStart(6)} ${(p.meanIntensity === null ? '-' : p.meanIntensity.toFixed(1)).padStart(6)}  ${bar}${n > 0 ? ` ${n}` : ''}`,
    );
  }
  lines.push(`mean Goldstein ${sparkline(index.periods.map((p) => p.meanIntensity))} (low = conflict, high = cooperation)`);
  return `${lines.join('\n')}\n`;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

const QUAD_COLUMNS = QUAD_CLASSES.map((q) => q.replace('-', '_'));

/** CSV with a header row, one row per period. */
export function renderIndexCsv(index: EscalationIndex): string {
  const header = ['period', 'start', 'events', ...QUAD_COLUMNS, 'mean_intensity', 'acts', 'statements', 'claims'];
  const row = (p: IndexPeriod): string[] => [
    p.period,
    p.start,
    String(p.events),
    ...QUAD_CLASSES.map((q) => String(p.quads[q])),
    fixed(p.meanIntensity),
    String(p.acts),
    String(p.statements),
    String(p.claims),
  ];
  return `${[header, ...index.periods.map(row)].map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

/** The index as JSON, tagged with its schema. */
export function renderIndexJson(index: EscalationIndex): string {
  return `${JSON.stringify({ schema: INDEX_SCHEMA, ...index }, null, 2)}\n`;
}
