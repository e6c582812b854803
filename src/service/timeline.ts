/**
 * The corpus timeline: dated quotes and events in date order, each saying what its date is
 * anchored to: a date its sentence states ("On Tuesday … Putin said"), or only the article's
 * publication date. Items with neither stay out: a timeline never invents a date.
 */
import type { Analysis } from '../core/analysis.ts';
import { corpusEvents } from './corpus-events.ts';
import { corpusQuotes } from './corpus-quotes.ts';
import { foldKey } from '../nlp/actors/kb/normalise.ts';
import type { DateRange } from './date-range.ts';

export interface TimelineEntry {
  readonly date: string;
  readonly anchor: 'sentence' | 'published';
  readonly kind: 'quote' | 'event';
  readonly actor: string | null;
  readonly summary: string;
  readonly source: string | null;
  readonly articleId: string;
}

export interface TimelineFilter extends DateRange {
  /** Speaker or event source: a name fragment, an actor id or a country code. */
  readonly actor?: string;
}

function actorMatches(names: readonly (string | null)[], wanted: string): boolean {
  const w = foldKey(wanted);
  return names.some((n) => n !== null && (foldKey(n).includes(w) || n === wanted.toUpperCase()));
}

export function buildTimeline(analyses: readonly Analysis[], filter: TimelineFilter = {}): TimelineEntry[] {
  const range = { ...(filter.since ? { since: filter.since } : {}), ...(filter.until ? { until: filter.until } : {}) };
  const entries: TimelineEntry[] = [];
  for (const q of corpusQuotes(analyses, range)) {
    if (q.date === null || q.dateFrom === null) continue;
    if (filter.actor && !actorMatches([q.speaker, q.speakerId], filter.actor)) continue;
    entries.push({
      date: q.date.slice(0, 10),
      anchor: q.dateFrom,
      kind: 'quote',
      actor: q.speaker,
      summary: `${q.cue ?? 'said'}: ${q.text}`,
      source: q.source,
      articleId: q.articleId,
    });
  }
  for (const e of corpusEvents(analyses, range)) {
    if (e.date === null || e.dateFrom === null) continue;
    if (filter.actor && !actorMatches([e.sourceActor, e.sourceCountry], filter.actor)) continue;
    const target = e.targetCountry ?? e.targetActor;
    entries.push({
      date: e.date.slice(0, 10),
      anchor: e.dateFrom,
      kind: 'event',
      actor: e.sourceActor ?? e.sourceCountry,
      summary: `${e.type} (${e.modality})${target ? ` → ${target}` : ''}: ${e.sentence}`,
      source: e.source,
      articleId: e.articleId,
    });
  }
  // Day order; within a day, sentence-anchored items first (their date is stated, not inferred).
  return entries.sort((a, b) => a.date.localeCompare(b.date) || (a.anchor === b.anchor ? 0 : a.anchor === 'sentence' ? -1 : 1));
}
