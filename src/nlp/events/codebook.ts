/**
 * CAMEO code facts: name, Goldstein intensity and the PLOVER type and mode of the 2021 CAMEO to
 * PLOVER crosswalk. The table (data/events/cameo-codebook.json) was generated from the shared
 * cameo-codes.csv (codes, names, Goldstein numbers) and CAMEO2PLOVER-2021.txt; see data/events/README.md.
 */
import { eventData } from './data.ts';

export interface CameoEntry {
  readonly name: string;
  /** Goldstein (1992) conflict-cooperation weight, in [-10, 10]. */
  readonly goldstein: number | null;
  /** PLOVER type of the crosswalk, or null where PLOVER drops the code (01 statements, 02 appeals). */
  readonly plover: string | null;
  readonly mode: string | null;
}

let table: ReadonlyMap<string, CameoEntry> | null = null;

function codebook(): ReadonlyMap<string, CameoEntry> {
  table ??= new Map(Object.entries(eventData('cameo-codebook.json') as Record<string, CameoEntry>));
  return table;
}

/** The entry for a CAMEO code, falling back to its parent (4 → 3 → 2 digits) when unlisted. */
export function cameoEntry(code: string): CameoEntry | null {
  const book = codebook();
  for (let len = code.length; len >= 2; len--) {
    const entry = book.get(code.slice(0, len));
    if (entry !== undefined) return entry;
  }
  return null;
}

/** Goldstein intensity of a CAMEO code (nearest listed ancestor), or null. */
export function goldstein(code: string | null): number | null {
  return code === null ? null : (cameoEntry(code)?.goldstein ?? null);
}

/**
 * The PLOVER type a CAMEO code maps to. CAMEO 02 (appeals) is dropped by the PLOVER manual's
 * crosswalk (Table "CAMEO to PLOVER"), but the project codes appeals as REQUEST, so 02x maps there.
 */
export function ploverOf(code: string): string | null {
  if (code.startsWith('02')) return 'REQUEST';
  return cameoEntry(code)?.plover ?? null;
}
