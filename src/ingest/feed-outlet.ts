/**
 * A feed's title is often "<Outlet> - <Section>" ("Meridian Wire - Europe", "The Daily — World
 * news"). The outlet is what the ledger counts as one independent source, so the section is cut off:
 * at the first spaced dash, bar or colon, when what stands before it is at least MIN_OUTLET_CHARS long.
 */
export const MIN_OUTLET_CHARS = 3;

const SECTION_SEPARATOR = /\s+[-–—|:]\s+/u;

export function feedOutlet(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const trimmed = title.trim();
  const match = SECTION_SEPARATOR.exec(trimmed);
  if (!match || match.index < MIN_OUTLET_CHARS) return trimmed;
  return trimmed.slice(0, match.index);
}
