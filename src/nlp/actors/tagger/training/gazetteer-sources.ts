/**
 * Builds gazetteer lists from fact files (pure: text in, lists out; the training script reads the
 * files). Sources:
 * - Phoenix/TABARI actor dictionaries (Schrodt et al., Phoenix event data, MIT): an entry is a head
 *   line `NAME_WORDS_ [CODE dates]`, `+SYNONYM_` lines and indented `[CODE yymmdd-yymmdd]` role
 *   lines. Entries with dated roles are people; country entries whose code is a bare ISO-3 code
 *   are places (their synonyms include capitals and provinces); other dated-less entries of the
 *   international and non-state files are organisations and armed groups.
 * - RUWA checked name groups (Khairova et al.): spelling variants of people in 2022 war news.
 * - CoNLL-2003 training annotations: every entity string, by type.
 * Surnames (last token of a multi-word person name) are added too: news names a person in full
 * once, then by surname.
 */
import type { ConllSentence } from './conll-reader.ts';
import { chunksOf } from '../chunks.ts';
import { tokenizeSentences } from '../tokenize.ts';
import { ENTITY_TYPES, type EntityType } from '../types.ts';

export type TypedLists = Record<EntityType, Set<string>>;

/** Fresh, empty name sets for each entity type. */
export function emptyLists(): TypedLists {
  return { PER: new Set(), ORG: new Set(), LOC: new Set(), MISC: new Set() };
}

/** Lowercase, CoNLL-tokenised, space-joined form of a name, or '' when it has no word. */
export function gazetteerKey(name: string): string {
  const tokens = tokenizeSentences(name).flat();
  if (!tokens.some((t) => /[\p{L}\p{N}]/u.test(t.text))) return '';
  return tokens.map((t) => t.text.toLowerCase()).join(' ');
}

export type PhoenixFile = 'countries' | 'international' | 'nonstate';

/** Adds the names of one Phoenix actor file, typed as the file comment above explains. */
export function addPhoenixActors(text: string, file: PhoenixFile, into: TypedLists): void {
  let names: string[] = [];
  let codes: string[] = [];
  const flush = (): void => {
    const type = classify(codes, file);
    if (type) for (const name of names) addName(into, type, phoenixName(name));
    names = [];
    codes = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '');
    if (line.trim() === '') continue;
    const lineCodes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
    if (/^[A-Z0-9]/i.test(line)) {
      flush();
      names.push(line.replace(/\[.*$/, ''));
    } else if (line.startsWith('+')) {
      names.push(line.slice(1).replace(/\[.*$/, ''));
    }
    codes.push(...lineCodes);
  }
  flush();
}

function classify(codes: readonly string[], file: PhoenixFile): EntityType | null {
  if (codes.some((c) => /\d{6}|[<>]\d/.test(c))) return 'PER';
  if (file === 'countries') return codes.some((c) => /^[A-Z]{3}$/.test(c.trim())) ? 'LOC' : null;
  return codes.length > 0 ? 'ORG' : null;
}

function phoenixName(raw: string): string {
  return raw
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/_/g, ' ')
    .trim();
}

function addName(into: TypedLists, type: EntityType, name: string): void {
  const key = gazetteerKey(name);
  if (key === '') return;
  into[type].add(key);
  if (type === 'PER') {
    const parts = key.split(' ');
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last && last.length > 2) into.PER.add(last);
  }
}

/** RUWA's `variants` map: group id → spellings, all people. */
export function addRuwaNames(json: unknown, into: TypedLists): void {
  const variants = (json as { variants?: Record<string, readonly string[]> }).variants ?? {};
  for (const group of Object.values(variants)) for (const name of group) addName(into, 'PER', name);
}

/** Every entity string of the given CoNLL sentences, by type. */
export function addConllEntities(sentences: readonly ConllSentence[], into: TypedLists): void {
  for (const s of sentences) {
    for (const chunk of chunksOf(s.tags)) {
      const key = s.tokens.slice(chunk.start, chunk.end).join(' ').toLowerCase();
      into[chunk.type].add(key);
    }
  }
}

/** Sorted arrays, for a stable model file. */
export function listsToData(lists: TypedLists): Record<EntityType, string[]> {
  const out = {} as Record<EntityType, string[]>;
  for (const type of ENTITY_TYPES) out[type] = [...lists[type]].sort();
  return out;
}
