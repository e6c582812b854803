/**
 * CAMEO quad classes (verbal/material × cooperation/conflict) for an event, from its CAMEO root
 * code when it has one, else from its PLOVER type. The table is data/ledger/quad-classes.json.
 */
import { z } from 'zod';
import { BrinkError } from '../core/errors.ts';

export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

const quad = z.enum(QUAD_CLASSES);
const tableSchema = z.object({
  version: z.literal(1),
  reason: z.string().min(1),
  cameoRoots: z.record(z.string().regex(/^\d{2}$/u), quad),
  ploverTypes: z.record(z.string().min(1), z.object({ quad, reason: z.string().min(1) })),
});
export type QuadTable = z.infer<typeof tableSchema>;

/** Validates a parsed quad-classes.json; throws BrinkError(`usage`) when malformed. */
export function parseQuadTable(value: unknown): QuadTable {
  const parsed = tableSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BrinkError(
      'usage',
      `Unexpected quad-class table at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}, expected the shape in src/corpus/quad-class.ts`,
    );
  }
  return parsed.data;
}

/** The quad class of an event, or null when neither its CAMEO root nor its type is in the table. */
export function quadOf(table: QuadTable, cameo: string | null, type: string): QuadClass | null {
  if (cameo !== null && /^\d{2}/u.test(cameo)) {
    const byRoot = table.cameoRoots[cameo.slice(0, 2)];
    if (byRoot !== undefined) return byRoot;
  }
  return table.ploverTypes[type]?.quad ?? null;
}

/** Material quads are deeds; verbal ones are words. */
export function isMaterial(q: QuadClass): boolean {
  return q === 'material-cooperation' || q === 'material-conflict';
}
