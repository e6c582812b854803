/**
 * Sentence boundaries as spans into the clean text. Paragraph ends are always sentence ends
 * (headlines and subheads have no full stop); inside a paragraph, wink-nlp's boundary detector
 * decides, and its token offsets are mapped back to UTF-16 offsets into `text`.
 */
import type { Sentence } from '../../core/analysis.ts';
import type { Span } from '../../core/span.ts';
import type { ItemSentence } from 'wink-nlp';
import { wink } from './wink.ts';

/** Splits every paragraph of `text` into sentences, in order, trimmed of surrounding spaces. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const nlp = wink();
  const its = nlp.its;
  const out: Sentence[] = [];
  for (const [index, para] of paragraphs.entries()) {
    const paraText = text.slice(para.start, para.end);
    if (paraText.trim() === '') continue;
    const readable = masked(paraText);
    const doc = nlp.readDoc(readable);
    // Token start offsets, rebuilt from each token's preceding spaces and surface value. Whole
    // collection outputs, as in quotes/tokens.ts: far cheaper than one item object per token.
    const tokens = doc.tokens();
    const values: string[] = tokens.out(its.value);
    const spaces: string[] = tokens.out(its.precedingSpaces);
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (let t = 0; t < values.length; t++) {
      const value = values[t] ?? '';
      cursor += (spaces[t] ?? '').length;
      // wink keeps the surface form, so this matches; indexOf guards against any normalisation.
      const found = readable.startsWith(value, cursor) ? cursor : readable.indexOf(value, cursor);
      const start = found < 0 ? cursor : found;
      starts.push(start);
      ends.push(start + value.length);
      cursor = start + value.length;
    }
    let emitted = false;
    doc.sentences().each((sentence: ItemSentence) => {
      const [first, last] = sentence.out(its.span) as unknown as [number, number];
      const start = starts[first];
      const end = ends[last];
      if (start === undefined || end === undefined || end <= start) return;
      out.push({ start: para.start + start, end: para.start + end, paragraph: index });
      emitted = true;
    });
    if (!emitted) out.push(trimmed(text, para, index));
  }
  return out;
}

/**
 * A short parenthesised abbreviation, the party–state tag "Sen. Rand Paul (R-Ky.) said" or
 * "(D-N.Y.)": wink ends a sentence at its full stops, though a sentence ending there would read
 * "(R-Ky.)." (that outer full stop is kept). Up to 12 letters, dots and hyphens, no space.
 */
const TAG_IN_PARENTHESES = /\([\p{L}.-]{1,12}\)/gu;

/** The text wink reads: the dots of such tags masked, same length so offsets carry over. */
function masked(text: string): string {
  return text.replace(TAG_IN_PARENTHESES, (tag) => (tag.includes('.') ? tag.replace(/\./gu, '_') : tag));
}

function trimmed(text: string, para: Span, index: number): Sentence {
  let { start, end } = para;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end, paragraph: index };
}
