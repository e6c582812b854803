/**
 * Finds every KB alias in the article: at each word start, the longest alias of the trie whose
 * case check passes. Acronyms (US, UK, EU) must match exactly and not inside an all-capitals
 * passage ("WHO" in a shouting headline is not the World Health Organization); other aliases
 * match case-insensitively but must start with a capital when the alias does ("turkey" is a bird).
 */
import type { AliasEntry, AliasTrie } from './kb/alias-trie.ts';
import { isWordChar } from './kb/normalise.ts';

export interface AliasHit {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly AliasEntry[];
}

/** How far either side of an acronym to look for a lowercase letter (shows the text is not all capitals). */
export const ACRONYM_CONTEXT = 40;

function hasLowercaseNear(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - ACRONYM_CONTEXT), start) + text.slice(end, end + ACRONYM_CONTEXT);
  return /\p{Ll}/u.test(around);
}

function sameSurface(surface: string, alias: string): boolean {
  return surface.replace(/\s+/gu, ' ') === alias;
}

function accepts(text: string, start: number, end: number, entry: AliasEntry): boolean {
  const surface = text.slice(start, end);
  if (entry.caseSensitive) return sameSurface(surface, entry.alias) && hasLowercaseNear(text, start, end);
  const aliasFirst = entry.alias[0] ?? '';
  const textFirst = surface[0] ?? '';
  return aliasFirst.toLowerCase() === aliasFirst || textFirst.toUpperCase() === textFirst;
}

/** Longest accepted alias at each word start, in text order. */
export function scanAliases(text: string, folded: string, trie: AliasTrie): AliasHit[] {
  const hits: AliasHit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text[i]) || isWordChar(text[i - 1])) continue;
    for (const match of trie.matchAt(folded, i)) {
      const entries = match.entries.filter((e) => accepts(text, i, match.end, e));
      if (entries.length > 0) {
        hits.push({ start: i, end: match.end, entries });
        break;
      }
    }
  }
  return hits;
}
