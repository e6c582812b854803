/**
 * Reads a dateline from the text just under the headline ("By Jane Roe, February 15, 2022",
 * "Published 15.02.2022 | Updated 16.02.2022"). Text before the headline is never read: that is
 * where site date bars ("Monday, 23 November") live.
 */
import type { DateHints } from './find-dates.ts';
import { findDates } from './find-dates.ts';
import { MODIFIED_LABEL } from './element-date.ts';

export const DATELINE_WINDOW = {
  id: 'text/dateline-window',
  chars: 600,
  reason: 'a dateline sits in the byline block; past ~600 characters of text the body has begun and its dates are events',
} as const;

/** The publication day from the lead text, or null. A labelled last-edit date is a last resort. */
export function dateFromLead(leadText: string, hints: DateHints): string | null {
  const window = leadText.slice(0, DATELINE_WINDOW.chars);
  let modified: string | null = null;
  let previousEnd = 0;
  for (const found of findDates(window, hints)) {
    const before = window.slice(previousEnd, found.index);
    previousEnd = found.end;
    if (MODIFIED_LABEL.test(before)) {
      modified ??= found.iso;
      continue;
    }
    return found.iso;
  }
  return modified;
}
