/**
 * BIO tags → entity chunks, read the way conlleval reads them (Tjong Kim Sang 2000): a chunk opens
 * at B-X, or at I-X when the previous token is not inside an X chunk, and runs over following I-X.
 */
import type { EntityType } from './types.ts';

/** Token range `[start, end)` of one entity. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** The entities of one tag sequence, in order. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: { start: number; type: EntityType } | null = null;
  const close = (end: number): void => {
    if (open) chunks.push({ start: open.start, end, type: open.type });
    open = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    if (tag === 'O' || tag.length < 3) {
      close(i);
      continue;
    }
    const type = tag.slice(2) as EntityType;
    const continues = tag.startsWith('I-') && open !== null && (open as { type: EntityType }).type === type;
    if (!continues) {
      close(i);
      open = { start: i, type };
    }
  }
  close(tags.length);
  return chunks;
}
