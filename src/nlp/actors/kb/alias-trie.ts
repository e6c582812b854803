/**
 * A character trie over folded alias keys. Matching walks the folded article text from a word
 * start and reports every alias that ends on a word boundary, longest first, so the caller can
 * take the longest one whose case check passes. Cost per word start is the length of the longest
 * alias prefix it shares, which keeps the stage linear in the text.
 */
import { foldKey, isWordChar } from './normalise.ts';

export type AliasForm = 'name' | 'surname' | 'metonym' | 'demonym' | 'capital' | 'adjective';

export interface AliasEntry {
  readonly actorId: string;
  readonly form: AliasForm;
  /** The alias as written in the knowledge base. */
  readonly alias: string;
  /**
   * Short all-capital aliases (US, UK, EU, WHO) must match exactly as written; "us" and "who"
   * are English words.
   */
  readonly caseSensitive: boolean;
}

interface Node {
  readonly next: Map<string, Node>;
  readonly entries: AliasEntry[];
}

export interface TrieMatch {
  readonly end: number;
  readonly entries: readonly AliasEntry[];
}

/** An alias is case-sensitive when it is an acronym: up to 5 letters, all capitals (dots allowed). */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s-]/gu, '');
  return letters.length <= 5 && /^[\p{Lu}\d+]+$/u.test(letters);
}

export class AliasTrie {
  private readonly root: Node = { next: new Map(), entries: [] };
  size = 0;

  add(entry: AliasEntry): void {
    const key = foldKey(entry.alias);
    if (key === '') return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), entries: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    // The same key may hold an exact acronym (NATO) and a case-free spelling (Nato) of one actor.
    if (!node.entries.some((e) => e.actorId === entry.actorId && e.form === entry.form && e.caseSensitive === entry.caseSensitive)) {
      node.entries.push(entry);
      this.size++;
    }
  }

  /** Aliases starting at `start` of the folded text, longest first. A space in a key matches a run of spaces. */
  matchAt(folded: string, start: number): TrieMatch[] {
    const found: TrieMatch[] = [];
    let node: Node | undefined = this.root;
    let i = start;
    while (node !== undefined && i < folded.length) {
      const ch = folded[i] ?? '';
      if (ch === ' ') {
        node = node.next.get(' ');
        while (folded[i + 1] === ' ') i++;
      } else node = node.next.get(ch);
      i++;
      if (node !== undefined && node.entries.length > 0 && !isWordChar(folded[i])) {
        found.push({ end: i, entries: node.entries });
      }
    }
    return found.reverse();
  }
}
