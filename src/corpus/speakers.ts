/**
 * The most-quoted speakers of a corpus and what they said: quotes grouped by speaker (actor id when
 * linked, else the name as written), counting each syndicated story once.
 */
import type { Analysis } from '../core/analysis.ts';
import { articleMeta, isoDay } from './records.ts';
import { isCopyOfPresent } from './outlets.ts';

export interface SpokenQuote {
  readonly text: string;
  readonly date: string | null;
  readonly articleId: string;
  readonly uri: string | null;
  readonly source: string | null;
}

export interface SpeakerSummary {
  readonly speaker: string;
  readonly country: string | null;
  readonly quotes: number;
  /** Distinct articles quoting them. */
  readonly articles: number;
  /** Up to `perSpeaker` of their quotes, longest first (the most substantive), then by date. */
  readonly examples: readonly SpokenQuote[];
}

/** Speakers by number of quotes, most first; ties by name. */
export function topSpeakers(
  analyses: Iterable<Analysis>,
  options: { readonly limit: number; readonly perSpeaker: number },
): SpeakerSummary[] {
  const list = [...analyses];
  const metas = new Map(list.map((a) => [a.document.id, articleMeta(a)]));
  const groups = new Map<string, { speaker: string; country: string | null; quotes: SpokenQuote[]; articles: Set<string> }>();
  for (const analysis of list) {
    const meta = metas.get(analysis.document.id);
    if (meta === undefined || isCopyOfPresent(meta, metas)) continue;
    for (const quote of analysis.quotes) {
      const s = quote.speaker;
      if (s === null || s.name.trim() === '') continue;
      const key = s.actorId ?? s.name.trim().toLowerCase();
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = { speaker: s.name.trim(), country: s.country, quotes: [], articles: new Set() }));
      g.quotes.push({
        text: quote.text,
        date: isoDay(quote.date) ?? meta.published,
        articleId: meta.id,
        uri: meta.uri,
        source: meta.source,
      });
      g.articles.add(meta.id);
    }
  }
  return [...groups.values()]
    .map((g) => ({
      speaker: g.speaker,
      country: g.country,
      quotes: g.quotes.length,
      articles: g.articles.size,
      examples: [...g.quotes]
        .sort(
          (a, b) => b.text.length - a.text.length || (a.date ?? '').localeCompare(b.date ?? '') || a.articleId.localeCompare(b.articleId),
        )
        .slice(0, options.perSpeaker),
    }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker))
    .slice(0, options.limit);
}
