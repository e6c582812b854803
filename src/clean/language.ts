/**
 * A deliberately small language guess: Brink's NLP rules are English, so the only question that
 * matters is "is this English?". Function words make up roughly 40–50% of running English text
 * (Zipf; the top 50 words of the Brown corpus cover ~40%), so a share above MIN_SHARE of these very
 * common words is strong evidence of English, and texts shorter than MIN_WORDS are not judged.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for it on was with he as by at be this are from his not or have an but were they which had has its said their been who will would more after also she her we about than up out into there when over'.split(
    ' ',
  ),
);

/** Below this share of function words a text is not called English. */
export const MIN_SHARE = 0.2;
/** Fewer words than this give no reliable guess. */
export const MIN_WORDS = 20;

export function guessLanguage(text: string): 'en' | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let hits = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) hits++;
  return hits / words.length >= MIN_SHARE ? 'en' : null;
}
