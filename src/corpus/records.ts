/**
 * Flattens one stored analysis into what the corpus analyses need: the article's metadata and one
 * compact record per event, with the sentence that holds it (the evidence shown to readers), the
 * acting and targeted sides as comparable keys, and the voice that reports it (the quoted speaker).
 */
import type { ActorRef, Analysis, Event, Modality, Sentence } from '../core/analysis.ts';
import type { Span } from '../core/span.ts';

export interface ArticleMeta {
  readonly id: string;
  readonly uri: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly duplicateOf: string | null;
}

export interface EventRecord {
  readonly article: ArticleMeta;
  readonly type: string;
  readonly modality: Modality;
  readonly cameo: string | null;
  readonly intensity: number | null;
  /** actorKey of the acting side, of the side acted on. */
  readonly source: string | null;
  readonly target: string | null;
  /** Whether the acting side is placed (has a country or IGO code), not just a name. */
  readonly sourcePlaced: boolean;
  /** The rule that coded the event (`events/<trigger>/<roles>/<modality cue>`). */
  readonly rule: string;
  /** True when the event is carried by a quote. */
  readonly quoted: boolean;
  /**
   * The side the quoted speaker speaks for (their country, `IGO` for international bodies), or null
   * when not quoted or the speaker's side is unknown: an unplaced speaker is never taken for the
   * other side.
   */
  readonly voice: string | null;
  /** The speaker's display name, or null. */
  readonly speaker: string | null;
  /** Identity of the speaker for merging claims: actor id, else lower-cased name. */
  readonly speakerId: string | null;
  /** ISO date (YYYY-MM-DD) of the event, else of the article, else null. */
  readonly date: string | null;
  readonly sentence: string;
  readonly span: Span;
}

/**
 * The comparable key of an actor: its country (ISO alpha-3 or `IGO`) when known, since claims bind
 * states and a spokesman speaks for one; else its canonical id; else its name as written.
 */
export function actorKey(ref: ActorRef | null): string | null {
  if (ref === null) return null;
  const key = ref.country ?? ref.actorId ?? ref.name.trim();
  return key === '' ? null : key;
}

/** The date part of an ISO date or date-time, or null. */
export function isoDay(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}/u.test(value) ? value.slice(0, 10) : null;
}

/** The sentence holding `offset` (binary search over sorted sentences), else undefined. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return undefined;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The day an event is placed on in the ledger: its own day; for a month or year ("since 2014",
 * "in April 2021") the period's last day, but never after the article that reports it; with no date
 * of its own, the article's. A background act of 2014 is then never a later fate of a 2022 claim.
 */
export function eventDay(value: string | null, published: string | null): string | null {
  const day = isoDay(value);
  if (day !== null) return day;
  const coarse = value === null ? null : /^(\d{4})(?:-(\d{2}))?$/u.exec(value);
  if (coarse === null) return published;
  const year = Number(coarse[1]);
  const month = coarse[2] === undefined ? 12 : Number(coarse[2]);
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return published !== null && published < last ? published : last;
}

/**
 * The side a speaker speaks for: their country (or `IGO`); for a knowledge-base actor with no country
 * (the West, a rights group) its canonical id, so its statements about others count as another
 * side's; an unknown name (`local:` ids, descriptions) stays unplaced.
 */
function voiceOf(speaker: ActorRef | null): string | null {
  if (speaker === null) return null;
  if (speaker.country !== null) return speaker.country;
  return speaker.actorId !== null && speaker.actorId.startsWith('kb:') ? speaker.actorId : null;
}

export function articleMeta(analysis: Analysis): ArticleMeta {
  const d = analysis.document;
  return { id: d.id, uri: d.uri, title: d.title, published: isoDay(d.published), source: d.source, duplicateOf: d.duplicateOf };
}

function eventRecord(analysis: Analysis, article: ArticleMeta, event: Event): EventRecord {
  const text = analysis.document.text;
  const holder = sentenceAt(analysis.sentences, event.start);
  const span: Span = holder === undefined ? { start: event.start, end: event.end } : { start: holder.start, end: holder.end };
  const quote = event.attributedTo === null ? undefined : analysis.quotes[event.attributedTo];
  const speaker = quote?.speaker ?? null;
  return {
    article,
    type: event.type,
    modality: event.modality,
    cameo: event.cameo,
    intensity: event.intensity,
    source: actorKey(event.source),
    sourcePlaced: event.source?.country != null,
    rule: event.rule,
    target: actorKey(event.target),
    quoted: quote !== undefined,
    voice: voiceOf(speaker),
    speaker: speaker?.name ?? null,
    speakerId: speaker === null ? null : (speaker.actorId ?? speaker.name.trim().toLowerCase()),
    date: eventDay(event.date, article.published),
    sentence: text.slice(span.start, span.end).trim(),
    span,
  };
}

/** The article's metadata and its events as records, in the analysis's own event order. */
export function articleRecords(analysis: Analysis): { readonly meta: ArticleMeta; readonly events: readonly EventRecord[] } {
  const meta = articleMeta(analysis);
  return { meta, events: analysis.events.map((e) => eventRecord(analysis, meta, e)) };
}
