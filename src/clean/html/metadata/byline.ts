/**
 * The byline: author names from JSON-LD, meta tags, rel=author links or byline-marked elements,
 * with the "By" label and any trailing date removed. Values that are URLs or too long to be names
 * are skipped.
 */
import { findDates } from './find-dates.ts';

/** Labels that open a byline, in the languages of month-names.ts. */
export const BYLINE_LABEL =
  /^(by|from|written by|von|par|por|di|door|oleh|автор|author|autor|yazan|piše|pise|napisao)(?:\s*[:：]\s*|\s+|$)/iu;

/** Labels of photo and image credits, which sit in byline-like elements but name photographers. */
export const CREDIT_LABEL = /^(photo|foto|фото|image|picture|imagem|imagen|crédit|credit)s?(?!\p{L})/iu;

/** Names longer than this are bios or sentences, not bylines. */
export const MAX_BYLINE_CHARS = 100;

/** A byline cleaned of its label, or null when the value is not a name (a URL, a sentence). */
export function cleanByline(value: string): string | null {
  const labelled = value.replace(/\s+/g, ' ').trim();
  // Byline blocks often carry the date too ("Ana Lima, February 15, 2022"): names end where it starts.
  const dateAt = Math.min(findDates(labelled, { dayFirst: null })[0]?.index ?? labelled.length, labelled.search(/\d|$/));
  const text = labelled
    .slice(0, dateAt)
    .replace(BYLINE_LABEL, '')
    .replace(/[\s,|•·–—-]+$/u, '')
    .trim();
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS) return null;
  if (/^https?:\/\/|^www\.|^@/i.test(text) || CREDIT_LABEL.test(text)) return null;
  return text;
}

/** The first usable group of names: JSON-LD authors joined with ", ", else the first other value. */
export function chooseByline(jsonLdAuthors: readonly string[], others: readonly string[]): string | null {
  const names = [...new Set(jsonLdAuthors.map(cleanByline).filter((n): n is string => n !== null))];
  if (names.length > 0) return names.join(', ');
  for (const value of others) {
    const clean = cleanByline(value);
    if (clean !== null) return clean;
  }
  return null;
}
