/**
 * Converts the date strings containers carry (RSS 2.0 pubDate in RFC 822 form, Atom RFC 3339,
 * JSON Lines ISO 8601 or epoch numbers) to ISO 8601. Returns undefined rather than guess: a wrong
 * date is worse than an unknown one.
 */

const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// RFC 3339 / ISO 8601 date-time with an explicit offset or Z: kept as written so the source's
// local offset is not lost by converting to UTC.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch values above this are milliseconds, below are seconds (1e11 s is the year 5138). */
export const EPOCH_MS_THRESHOLD = 1e11;

/** ISO 8601 for a date string or epoch number, or undefined when it cannot be read unambiguously. */
export function toIsoDate(value: string | number): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return isoOf(new Date(value < EPOCH_MS_THRESHOLD ? value * 1000 : value));
  }
  const s = value.trim();
  if (s === '') return undefined;
  // Round-trip check: Date.parse rolls "2026-02-30" over to March 2 instead of rejecting it.
  if (ISO_DATE_ONLY.test(s)) return isoOf(new Date(`${s}T00:00:00Z`))?.slice(0, 10) === s ? s : undefined;
  if (ISO_DATE_TIME.test(s)) return Number.isNaN(Date.parse(s)) ? undefined : s;
  // V8's Date.parse reads RFC 822/1123 dates ("Mon, 02 Mar 2026 10:00:00 +0100", "... GMT", "EST").
  // Without a time zone it would assume the machine's local zone, which is a guess: refuse those.
  if (!/(?:GMT|UTC|UT|Z|[ECMP][SD]T|[+-]\d{2}:?\d{2})\s*$/i.test(s)) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : isoOf(new Date(ms));
}

function isoOf(date: Date): string | undefined {
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : date.toISOString();
}
