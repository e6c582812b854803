/**
 * PLOVER gold standard records (shared/data/plover/PLOVER_GSR_CAMEO.txt, 322 sentences coded by
 * the OEDA team from CAMEO manual examples): is our main event's PLOVER type the gold type, and its
 * source and target the gold actors?
 *
 * Conventions (documented here so the figures can be compared):
 *   - the GSR predates PLOVER 2021's merges, so its DEMAND is REQUEST, DISAPPROVE and INVESTIGATE
 *     are ACCUSE, FIGHT is ASSAULT (PLOVER manual, CAMEO-to-PLOVER table);
 *   - our "main" event of a sentence is the most confident one, the earliest on ties; a sentence
 *     with no event counts as wrong for type, source and target;
 *   - actors compare at the country level: the first 3 letters of the gold code (IGO, NGO and
 *     regional codes stay as they are), after mapping the GSR's pre-ISO codes (JAP, ITL, VTN) to
 *     ISO 3166-1 alpha-3; a gold list of several actors is right when ours is any of them; a gold
 *     source or target that is empty is right when ours has no country.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../../src/core/analysis.ts';
import { pipelineEvents } from '../lib/pipeline-events.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

const PATH = 'data/plover/PLOVER_GSR_CAMEO.txt';

/** GSR event names that PLOVER 2021 merged into another type. */
export const LEGACY_TYPES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};
/** Pre-ISO CAMEO country codes found in the gold files. */
const LEGACY_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', GMY: 'DEU', UK: 'GBR' };

/** Country-level code: first 3 letters, legacy codes mapped to ISO; '' for none or '---'. */
export function countryLevel(code: string | null | undefined): string {
  const c = (code ?? '').trim().slice(0, 3).toUpperCase();
  if (c === '' || c === '---') return '';
  return LEGACY_CODES[c] ?? c;
}

/** The sentence's main event: most confident, earliest on ties. */
export function mainEvent(events: readonly Event[]): Event | null {
  let best: Event | null = null;
  for (const e of events) if (best === null || e.confidence > best.confidence) best = e;
  return best;
}

interface GsrActor {
  readonly code?: string;
}
interface GsrRecord {
  readonly event: string;
  readonly text?: string;
  readonly source?: readonly GsrActor[] | string | null;
  readonly target?: readonly GsrActor[] | string | null;
}

const codes = (v: GsrRecord['source']): Set<string> =>
  new Set(typeof v === 'object' && v !== null ? v.map((a: GsrActor) => countryLevel(a.code)).filter((c) => c !== '') : []);
const rightActor = (gold: Set<string>, ours: string | null | undefined): boolean =>
  gold.size === 0 ? countryLevel(ours) === '' : gold.has(countryLevel(ours));

export const task: EvalTask = {
  id: 'plover',
  title: 'PLOVER GSR: type, source and target of the main event (country-level codes)',
  needs: [PATH],
  run(sharedDir: string): Promise<readonly EvalRow[]> {
    const records = (JSON.parse(readFileSync(join(sharedDir, PATH), 'utf8')) as GsrRecord[]).filter(
      (r) => r.event !== 'DOCUMENT' && typeof r.text === 'string',
    );
    let type = 0;
    let source = 0;
    let target = 0;
    let coded = 0;
    const verbose = process.env['BRINK_EVAL_VERBOSE'] !== undefined;
    for (const r of records) {
      const text = r.text ?? '';
      const events = pipelineEvents(text, [{ start: 0, end: text.length }], null);
      const main = mainEvent(events);
      const goldType = LEGACY_TYPES[r.event] ?? r.event;
      if (main !== null) coded++;
      const okType = main?.type === goldType;
      const okSource = main !== null && rightActor(codes(r.source), main.source?.country);
      const okTarget = main !== null && rightActor(codes(r.target), main.target?.country);
      if (okType) type++;
      if (okSource) source++;
      if (okTarget) target++;
      if (verbose && !(okType && okSource))
        console.error(
          `${goldType} ${[...codes(r.source)].join('/')}>${[...codes(r.target)].join('/')} | ours ${main?.type ?? '-'} ${main?.source?.country ?? '-'}>${main?.target?.country ?? '-'} ${main?.rule ?? ''} | ${text.slice(0, 140)}`,
        );
    }
    const n = records.length;
    return Promise.resolve([
      { metric: 'type-accuracy', value: type / n, n, note: 'main event vs gold type (legacy names mapped)' },
      { metric: 'source-accuracy', value: source / n, n, note: 'country level (first 3 letters)' },
      { metric: 'target-accuracy', value: target / n, n, note: 'country level; empty gold = no country' },
      { metric: 'coverage', value: coded / n, n, note: 'sentences with at least one event' },
    ]);
  },
};
