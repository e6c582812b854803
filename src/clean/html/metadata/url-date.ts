/**
 * Reads a full date from a URL path (`/2022/02/15/`, `/2022-02-15-slug`, `/20220215/`). Only the
 * path is read, never the host or query, and only day-precision dates count: `/2022/02/` names a
 * month, which is not a publication day.
 */
import { isoDay } from './iso-day.ts';

export interface UrlDateRule {
  readonly id: string;
  readonly regex: RegExp;
  readonly reason: string;
}

/** Separators are required to be the same on both sides so ids like 2022-0215 do not match. */
export const URL_DATE_RULES: readonly UrlDateRule[] = [
  {
    id: 'url/year-month-day',
    regex: /(?:^|[/_-])((?:19|20)\d{2})([/_.-])(\d{1,2})\2(\d{1,2})(?=$|[/_.-])/,
    reason: 'dated permalinks: /2022/02/15/ (WordPress default), /2022-02-15-slug',
  },
  {
    id: 'url/compact',
    regex: /(?:^|[/_-])((?:19|20)\d{2})()(\d{2})(\d{2})(?=$|[/_.-])/,
    reason: 'compact day stamps as a path segment or slug prefix: /20220215/, /20220215-slug',
  },
];

/** The ISO day a URL's path names, or null (also for unparsable URLs). */
export function dateFromUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const rule of URL_DATE_RULES) {
    const m = rule.regex.exec(path);
    if (m === null) continue;
    const iso = isoDay(Number(m[1]), Number(m[3]), Number(m[4]));
    if (iso !== null) return iso;
  }
  return null;
}
