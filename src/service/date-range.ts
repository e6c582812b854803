/**
 * Date filters over stated dates, which may be a day (`2022-02-15`), a month (`2022-02`) or a year
 * (`2022`). A stated period is kept when it overlaps the inclusive day range; an undated item is
 * kept only when no range is asked for.
 */
export interface DateRange {
  readonly since?: string;
  readonly until?: string;
}

function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** The last day of the period; "31" for any month is enough, since only comparisons are made. */
function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date.slice(0, 10);
}

export function overlapsRange(date: string | null, range: DateRange): boolean {
  if (range.since === undefined && range.until === undefined) return true;
  if (date === null) return false;
  return (range.since === undefined || lastDay(date) >= range.since) && (range.until === undefined || firstDay(date) <= range.until);
}
