/**
 * Chooses the publication day from the page's date signals in order of trust, and refuses a
 * candidate the other signals contradict: unknown is better than wrong (core/clean-result.ts).
 */

export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text';

/** Sources in order of trust, with why each sits where it does. */
export const DATE_SOURCES: readonly { id: DateSource; reason: string }[] = [
  { id: 'json-ld', reason: 'schema.org datePublished is written by the CMS for search engines and names the article node' },
  { id: 'meta', reason: 'Open Graph / Dublin Core / analytics tags are machine-written but less specific about which date they hold' },
  { id: 'time', reason: 'a <time> or date element in the article header is written for readers but by the same template' },
  { id: 'url', reason: 'dated permalinks are fixed at first publication, but many URLs carry no day' },
  { id: 'text', reason: 'a dateline in the lead text is free text; patterns can misread it' },
];

/** One day (ISO) per source, null when that source had none. */
export type DateCandidates = Readonly<Record<DateSource, string | null>>;

export interface PublishedDate {
  readonly published: string | null;
  readonly publishedFrom: DateSource | null;
}

export interface DateLimit {
  readonly id: string;
  readonly reason: string;
  /** True when `day` from `source` must be refused given the page's other signals. */
  refuses(day: string, source: DateSource, candidates: DateCandidates, modified: readonly string[]): boolean;
}

export const DATE_LIMITS: readonly DateLimit[] = [
  {
    id: 'date/after-last-edit',
    reason:
      'a page cannot be published after it was last modified, so a later day from reader-facing markup is a widget or the visit day; machine stamps are exempt because CMSs often write a modified time that precedes the published one by hours',
    refuses: (day, source, _candidates, modified) =>
      (source === 'time' || source === 'text') && modified.length > 0 && modified.every((m) => day > m),
  },
  {
    id: 'date/after-url-date',
    reason: 'a dated permalink is fixed at first publication; a later day from reader-facing markup is an update or a widget',
    refuses: (day, source, candidates) => (source === 'time' || source === 'text') && candidates.url !== null && day > candidates.url,
  },
];

/**
 * Readers see dates in the outlet's local time, while many CMSs write machine stamps in UTC; for a
 * story published within hours of midnight the two fall on neighbouring days, and the gold (what
 * the outlet shows) is the local one. So a UTC machine day one day away from the local day (the
 * reader-facing date, or the dated permalink, which the CMS builds from local time) yields to it. Measured on the htmldate MediaCloud set: stamps written with a non-zero offset are
 * right as written, which is why only UTC stamps are second-guessed.
 */
export const LOCAL_DAY_RULE = {
  id: 'date/utc-stamp-vs-local-day',
  maxDaysApart: 1,
  reason: 'a UTC stamp near midnight names the neighbouring day of the one the outlet prints',
} as const;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The most trusted candidate no limit refuses. `utcSources` names the sources whose value was a
 * UTC date-time (see LOCAL_DAY_RULE).
 */
export function choosePublished(
  candidates: DateCandidates,
  modified: readonly string[],
  utcSources: ReadonlySet<DateSource> = new Set(),
): PublishedDate {
  for (const { id } of DATE_SOURCES) {
    const day = candidates[id];
    if (day === null) continue;
    if (DATE_LIMITS.some((limit) => limit.refuses(day, id, candidates, modified))) continue;
    if (utcSources.has(id)) {
      const local = localDay(candidates);
      if (local !== null && local.published !== day && daysApart(local.published, day) <= LOCAL_DAY_RULE.maxDaysApart) return local;
    }
    return { published: day, publishedFrom: id };
  }
  return { published: null, publishedFrom: null };
}

function localDay(candidates: DateCandidates): { published: string; publishedFrom: DateSource } | null {
  if (candidates.time !== null) return { published: candidates.time, publishedFrom: 'time' };
  if (candidates.url !== null) return { published: candidates.url, publishedFrom: 'url' };
  if (candidates.text !== null) return { published: candidates.text, publishedFrom: 'text' };
  return null;
}
