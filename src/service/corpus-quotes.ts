/**
 * Quotes across the corpus, filtered by speaker and date, each with its article's outlet and date.
 * The date of a quote is the one its sentence states, else the article's publication date; which
 * one is said, so an analyst can tell "said on Tuesday" from "reported on Thursday".
 */
import type { Analysis, Quote } from '../core/analysis.ts';
import { foldKey } from '../nlp/actors/kb/normalise.ts';
import { overlapsRange, type DateRange } from './date-range.ts';

export interface CorpusQuote {
  readonly articleId: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly date: string | null;
  readonly dateFrom: 'sentence' | 'published' | null;
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly kind: Quote['kind'];
  readonly cue: string | null;
  readonly text: string;
  readonly confidence: number;
}

export interface QuoteFilter extends DateRange {
  /** Matches the speaker's name or actor id, case- and accent-insensitively. */
  readonly speaker?: string;
}

export function quoteDate(quote: Quote, published: string | null): Pick<CorpusQuote, 'date' | 'dateFrom'> {
  if (quote.date !== null) return { date: quote.date, dateFrom: 'sentence' };
  return published === null ? { date: null, dateFrom: null } : { date: published, dateFrom: 'published' };
}

export function corpusQuotes(analyses: Iterable<Analysis>, filter: QuoteFilter = {}): CorpusQuote[] {
  const wanted = filter.speaker === undefined ? null : foldKey(filter.speaker);
  const out: CorpusQuote[] = [];
  for (const a of analyses) {
    for (const q of a.quotes) {
      const speaker = q.speaker?.name ?? null;
      if (wanted !== null && !(speaker !== null && foldKey(speaker).includes(wanted)) && q.speaker?.actorId !== filter.speaker) continue;
      const dated = quoteDate(q, a.document.published);
      if (!overlapsRange(dated.date, filter)) continue;
      out.push({
        articleId: a.document.id,
        title: a.document.title,
        source: a.document.source,
        published: a.document.published,
        ...dated,
        speaker,
        speakerId: q.speaker?.actorId ?? null,
        kind: q.kind,
        cue: q.cue?.text ?? null,
        text: q.text,
        confidence: q.confidence,
      });
    }
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
}
