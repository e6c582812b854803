/**
 * The in-memory knowledge base: records by id, states by ISO code, IGOs by code, the alias trie
 * (surface → candidate actors) and the date-bounded role table ("foreign minister of RUS on
 * 2022-02-15" → Lavrov). Built once from validated records; pure.
 */
import type { ActorRecord, IgoRecord, PersonRecord, StateRecord } from './schema.ts';
import { AliasTrie, isAcronym, type AliasEntry, type AliasForm } from './alias-trie.ts';
import { foldKey } from './normalise.ts';
import { AMBIGUOUS_SURNAMES, surnameForms } from './surnames.ts';
import { NATIONAL_TITLES } from './titles.ts';

/** A validated record and where it came from (`file:line`), for error messages. */
export interface SourcedRecord {
  readonly record: ActorRecord;
  readonly where: string;
}

export interface RoleHolder {
  readonly person: PersonRecord;
  readonly from: string;
  readonly to: string | null;
}

export interface KnowledgeBase {
  readonly records: ReadonlyMap<string, ActorRecord>;
  readonly states: ReadonlyMap<string, StateRecord>;
  readonly igos: ReadonlyMap<string, IgoRecord>;
  readonly trie: AliasTrie;
  /** KB people by folded surname (every surname form, ambiguous ones included). */
  readonly surnames: ReadonlyMap<string, readonly PersonRecord[]>;
  /** Key `title|of` (title folded) → holders over time. */
  readonly roles: ReadonlyMap<string, readonly RoleHolder[]>;
  readonly where: ReadonlyMap<string, string>;
}

export function roleKey(title: string, of: string): string {
  return `${foldKey(title)}|${of}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function add(trie: AliasTrie, actorId: string, form: AliasForm, alias: string): void {
  const entry: AliasEntry = { actorId, form, alias, caseSensitive: isAcronym(alias) };
  trie.add(entry);
}

/** Builds the knowledge base; assumes ids are unique (load.ts checks). */
export function buildKnowledgeBase(sourced: readonly SourcedRecord[]): KnowledgeBase {
  const records = new Map<string, ActorRecord>();
  const states = new Map<string, StateRecord>();
  const igos = new Map<string, IgoRecord>();
  const surnames = new Map<string, PersonRecord[]>();
  const roles = new Map<string, RoleHolder[]>();
  const where = new Map<string, string>();
  const trie = new AliasTrie();
  for (const { record, where: at } of sourced) {
    records.set(record.id, record);
    where.set(record.id, at);
    const names = new Set([record.name, ...record.aliases].map((n) => n.trim()));
    for (const name of names) {
      // "the United States" is redundant next to "United States"; the article's "the" stays outside the span.
      if (/^the\s/iu.test(name) && names.has(name.slice(4))) continue;
      add(trie, record.id, record.kind === 'person' && !/\s/u.test(name) ? 'surname' : 'name', name);
    }
    if (record.kind === 'state') {
      states.set(record.country, record);
      for (const d of record.demonyms) add(trie, record.id, 'adjective', d);
      for (const p of record.plurals) add(trie, record.id, 'demonym', p);
      for (const c of record.capitals) add(trie, record.id, 'capital', c);
      for (const m of record.metonyms) add(trie, record.id, 'metonym', m.replace(/^the\s+/iu, ''));
    } else if (record.kind === 'igo') {
      igos.set(record.code, record);
      for (const c of record.capitals) add(trie, record.id, 'capital', c);
    } else if (record.kind === 'person') {
      for (const form of surnameForms(record)) push(surnames, foldKey(form), record);
      for (const role of record.roles) push(roles, roleKey(role.title, role.of), { person: record, from: role.from, to: role.to });
    }
  }
  // A surname links on its own only when one KB person has it and it is not a common word.
  for (const [key, people] of surnames) {
    const person = people[0];
    if (people.length !== 1 || person === undefined || AMBIGUOUS_SURNAMES.has(key) || key.length < 4) continue;
    for (const form of surnameForms(person)) if (foldKey(form) === key) add(trie, person.id, 'surname', form);
  }
  return { records, states, igos, trie, surnames, roles, where };
}

/** People holding `title` of `of` on `date` (ISO); with no date, nobody (never guessed). */
export function holdersOn(kb: KnowledgeBase, title: string, of: string, date: string | null): PersonRecord[] {
  if (date === null) return [];
  const day = date.slice(0, 10);
  return (kb.roles.get(roleKey(title, of)) ?? []).filter((h) => h.from <= day && (h.to === null || day <= h.to)).map((h) => h.person);
}

/** "foreign minister of Russia": the person's first role held on `date`, or null. */
export function roleOn(kb: KnowledgeBase, person: PersonRecord, date: string | null): string | null {
  if (date === null) return null;
  const day = date.slice(0, 10);
  const role = person.roles.find((r) => r.from <= day && (r.to === null || day <= r.to));
  return role === undefined ? null : `${NATIONAL_TITLES[`${role.title}|${role.of}`] ?? role.title} of ${ofName(kb, role.of)}`;
}

/** Display name of a role's `of`: "Russia", "the United States", "NATO". */
export function ofName(kb: KnowledgeBase, of: string): string {
  const state = kb.states.get(of);
  // English puts "the" before plural and "United …"/"… Republic" names, not before "Ukraine".
  if (state !== undefined) return /^United |Republic|s$/u.test(state.name) ? `the ${state.name}` : state.name;
  return kb.igos.get(of)?.name ?? of;
}

/** Who a person acts for on `date`: "IGO" while holding an IGO role (Stoltenberg at NATO), else their state. */
export function countryOn(kb: KnowledgeBase, person: PersonRecord, date: string | null): string | null {
  if (date === null) return person.country;
  const day = date.slice(0, 10);
  const role = person.roles.find((r) => r.from <= day && (r.to === null || day <= r.to));
  return role !== undefined && kb.igos.has(role.of) ? 'IGO' : person.country;
}
