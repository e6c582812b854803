/**
 * FALLBACK actor resolver, used when the actor stage (src/nlp/actors) gives no mention covering an
 * argument, and by the evals while that stage is unfinished: a gazetteer of country names,
 * demonyms, capitals, metonyms (the Kremlin, the Pentagon), a few leaders and international
 * organisations, each with its ISO 3166-1 alpha-3 code, `IGO`, `NGO` or `WST`
 * (data/events/actor-names.json; country and organisation names come from the Phoenix actor
 * dictionaries). Longest match wins; a name must be capitalised in the text, and names of three
 * letters or fewer must be written in capitals ("US", not the pronoun "us").
 */
import { eventData } from './data.ts';
import type { Token } from './tokens.ts';

export interface GazetteerHit {
  /** Token range [first, last] of the name. */
  readonly first: number;
  readonly last: number;
  readonly country: string;
}

interface Trie {
  code?: string;
  next: Map<string, Trie>;
}

/** Longest name in tokens: "Democratic Republic of the Congo" is 5 tokens after "the". */
const MAX_TOKENS = 7;

let trie: Trie | null = null;

function split(name: string): string[] {
  // Mirror wink's tokenisation closely enough: possessive and punctuation apart, dots kept in "u.s.".
  return name
    .replace(/[’]/gu, "'")
    .split(/\s+/u)
    .filter((w) => w !== '');
}

export function buildGazetteer(names: Readonly<Record<string, readonly string[]>>): Trie {
  const root: Trie = { next: new Map() };
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      let node = root;
      for (const word of split(name)) {
        let child = node.next.get(word);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      node.code ??= code;
    }
  }
  return root;
}

function defaultGazetteer(): Trie {
  trie ??= buildGazetteer((eventData('actor-names.json') as { names: Record<string, string[]> }).names);
  return trie;
}

const CAPITAL = /^\p{Lu}/u;

/** Gazetteer names in a sentence's tokens, left to right, non-overlapping, longest first. */
export function findCountryNames(tokens: readonly Token[], gazetteer: Trie = defaultGazetteer()): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first === undefined || !CAPITAL.test(first.text)) continue;
    let node: Trie | undefined = gazetteer;
    let best: GazetteerHit | null = null;
    for (let j = i; j < tokens.length && j < i + MAX_TOKENS && node !== undefined; j++) {
      node = node.next.get(tokens[j]?.lower ?? '');
      if (node?.code !== undefined) best = { first: i, last: j, country: node.code };
    }
    if (best === null) continue;
    const surface = tokens
      .slice(best.first, best.last + 1)
      .map((t) => t.text)
      .join('');
    if (surface.replace(/\./gu, '').length <= 3 && surface !== surface.toUpperCase()) continue;
    hits.push(best);
    i = best.last;
  }
  return hits;
}
