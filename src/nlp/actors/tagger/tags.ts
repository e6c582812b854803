/**
 * The tag set. Decoding uses BILOU (Begin, Inside, Last, Unit-length, Outside), which Ratinov &
 * Roth (2009, §3) found clearly better than BIO for NER: the tagger must commit to where a name
 * ends, and one-token names get their own tag. Input and output stay IOB2 (CoNLL's convention);
 * `encodeTags` and `iob2Of` convert. Decoding masks illegal transitions (`I-X`/`L-X` only after
 * `B-X`/`I-X`, which in turn must be followed by `I-X`/`L-X`), so every output is well formed.
 */
import { ENTITY_TYPES, type EntityType } from './types.ts';

const PARTS = ['B', 'I', 'L', 'U'] as const;

/** Tag strings, indexed by tag id: `O` is 0; type k has ids 1 + 4k (B), 2 + 4k (I), 3 + 4k (L), 4 + 4k (U). */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const B = 0;
const I = 1;
const L = 2;
const U = 3;

/** Tag id of a BILOU tag string such as `U-PER`; throws on anything else. */
export function tagIdOf(tag: string): number {
  const id = TAGS.indexOf(tag);
  if (id < 0) throw new RangeError(`Unexpected tag ${JSON.stringify(tag)}, expected one of ${TAGS.join(' ')}`);
  return id;
}

function partOf(id: number): number {
  return (id - 1) % 4;
}

/** Index into ENTITY_TYPES of a non-O tag id. */
export function typeIndexOfTag(id: number): number {
  return (id - 1) >> 2;
}

/** Entity type of a non-O tag id; throws for O. */
export function typeOfTag(id: number): EntityType {
  const type = ENTITY_TYPES[typeIndexOfTag(id)];
  if (id <= 0 || type === undefined) throw new RangeError(`Tag id ${id} has no entity type`);
  return type;
}

/** True when tag `next` may follow tag `prev` (`prev` = OUTSIDE at a sentence start). */
export function allowedAfter(prev: number, next: number): boolean {
  const open = prev !== OUTSIDE && (partOf(prev) === B || partOf(prev) === I);
  const continues = next !== OUTSIDE && (partOf(next) === I || partOf(next) === L);
  if (open) return continues && typeIndexOfTag(prev) === typeIndexOfTag(next);
  return !continues;
}

/** A tag may end a sentence unless it leaves an entity open. */
export function canEnd(id: number): boolean {
  return id === OUTSIDE || partOf(id) === L || partOf(id) === U;
}

/** allowedAfter as a flat table, `ALLOWED[prev * TAG_COUNT + next]` = 1, for the decoding loop. */
export const ALLOWED: Uint8Array = Uint8Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) =>
  allowedAfter(Math.floor(k / TAG_COUNT), k % TAG_COUNT) ? 1 : 0,
);

/** Token ranges of the entities in a well-formed BILOU id sequence (as decoding produces). */
export function entitiesOfTagIds(ids: ArrayLike<number>): { start: number; end: number; type: EntityType }[] {
  const out: { start: number; end: number; type: EntityType }[] = [];
  let start = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? OUTSIDE;
    if (id === OUTSIDE) continue;
    const part = partOf(id);
    if (part === B || part === U) start = i;
    if (part === L || part === U) out.push({ start, end: i + 1, type: typeOfTag(id) });
  }
  return out;
}

/** canEnd as a table indexed by tag id. */
export const CAN_END: Uint8Array = Uint8Array.from({ length: TAG_COUNT }, (_, id) => (canEnd(id) ? 1 : 0));

/** IOB2 (or IOB1: read as conlleval reads it) tag strings → BILOU tag ids. */
export function encodeTags(iob: readonly string[]): Uint8Array {
  const ids = new Uint8Array(iob.length);
  const typeAt = (i: number): number => {
    const tag = iob[i] ?? 'O';
    return tag === 'O' || tag.length < 3 ? -1 : ENTITY_TYPES.indexOf(tag.slice(2) as EntityType);
  };
  for (let i = 0; i < iob.length; i++) {
    const type = typeAt(i);
    if (type < 0) continue;
    const begins = (iob[i] ?? '').startsWith('B-') || typeAt(i - 1) !== type;
    const next = iob[i + 1] ?? 'O';
    const continues = typeAt(i + 1) === type && !next.startsWith('B-');
    const part = begins ? (continues ? B : U) : continues ? I : L;
    ids[i] = 1 + type * 4 + part;
  }
  return ids;
}

/** BILOU tag ids → IOB2 strings (`U` → `B`, `L` → `I`). */
export function iob2Of(ids: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? OUTSIDE;
    if (id === OUTSIDE) {
      out.push('O');
      continue;
    }
    const part = partOf(id);
    out.push(`${part === B || part === U ? 'B' : 'I'}-${typeOfTag(id)}`);
  }
  return out;
}
