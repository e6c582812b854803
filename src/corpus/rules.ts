/**
 * The shape of the ledger's rule table (data/ledger/rules.json) and its validator. The rules are
 * data so that every judgement the ledger makes ("a REJECT quoted from the actor itself is a
 * denial", "a dispute counts within 7 days") is one record with an id and a reason, reviewable
 * without reading code. Parsing throws BrinkError on a malformed table: it is a programmer error.
 */
import { z } from 'zod';
import { BrinkError } from '../core/errors.ts';
import { CLAIM_KINDS, LEDGER_STATUSES } from './types.ts';

const modality = z.enum(['asserted', 'negated', 'hypothetical', 'future', 'claimed']);
const status = z.enum(LEDGER_STATUSES);
const kind = z.enum(CLAIM_KINDS);

/** Turns one event into a claim when its type, modality and voice fit. First match wins. */
/** True when `source` is a valid pattern, so a bad table fails at load, naming the field, not at the first claim. */
function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

const claimRule = z.object({
  id: z.string().min(1),
  kind,
  types: z.array(z.string().min(1)).min(1),
  modalities: z.array(modality).min(1),
  /** The event must be carried by a quote (`attributedTo` set). */
  requiresQuote: z.boolean(),
  /**
   * `self`: not voiced by another side (unquoted, same side, or side unknown); `same`: quoted from a
   * speaker known to be of the acting side; `other`: quoted from a speaker known to be of another side.
   */
  speaker: z.enum(['self', 'same', 'other', 'any']),
  /**
   * Optional: the event's rule id (src/nlp/events) must match one of these patterns, for claims
   * that only some triggers of a type make ("does not want war" but not "offered talks", both AGREE).
   */
  eventRules: z
    .array(
      z
        .string()
        .min(1)
        .refine((source) => compiles(source), { message: 'not a regular expression (JavaScript syntax, flag u)' }),
    )
    .optional(),
  /** PLOVER types whose reports settle the claim; `@type` stands for the event's own type. */
  topic: z.array(z.string().min(1)).min(1),
  /**
   * Whose claim it is: the acting side (`source`), the speaker's side (`speaker`), or the speaker's
   * side as the one that acts next, against the event's acting side (`speaker-against-source`: "If
   * Russia invades, there will be no Nord Stream 2", said by Biden, is a US warning to Russia).
   */
  binds: z.enum(['source', 'speaker', 'speaker-against-source']),
  reason: z.string().min(1),
});

/** One way a later report settles a claim of a kind. */
const fateRule = z.object({
  id: z.string().min(1),
  status: status.exclude(['open']),
  /** PLOVER types; `@topic` expands to the claim's topic types. */
  types: z.array(z.string().min(1)).min(1),
  modalities: z.array(modality).min(1),
  /**
   * Who must act: the claim's subject, any side but the claimant, the two parties of talks (each the
   * other's counterpart), either party with the counterpart named or not, or anyone.
   */
  actor: z.enum(['subject', 'not-claimant', 'parties', 'either-party', 'any']),
  /** Who must voice it: anyone, or a speaker of another side than the claimant. */
  voice: z.enum(['any', 'not-claimant']),
  /**
   * Whom it must be aimed at: anyone, the claimant, the claimant or no one named but in an article
   * that states the claim ("officials rejected that account", right after the account), or the
   * claim's own target (a claim with no target is settled by none of these), or `same-target`: the
   * claim's own target when it names one ("no intention of attacking Ukraine" is belied by an attack
   * on Ukraine, not by missile launches aimed at nothing), else any.
   */
  target: z.enum(['any', 'claimant', 'claimant-here', 'claim-target', 'same-target']),
  /** The step is credited to the acting side (`source`) or to the speaker (`voice`). */
  by: z.enum(['source', 'voice']),
  /** Window in days after the claim's date, both ends inclusive. */
  minDays: z.number().int(),
  maxDays: z.number().int(),
  /** Needs the corroboration test: enough independent outlets, or the other side saying it. */
  corroboration: z.boolean(),
  reason: z.string().min(1),
});

const rulesSchema = z.object({
  version: z.literal(1),
  claims: z.array(claimRule).min(1),
  fates: z.record(kind, z.array(fateRule)),
  /** For each status, the statuses a later step may move a claim to. */
  transitions: z.record(status, z.array(status)),
  /** Per claim kind, statuses whose moves differ from `transitions` (talks once held stay kept). */
  kindTransitions: z
    .partialRecord(kind, z.object({ statuses: z.partialRecord(status, z.array(status)), reason: z.string().min(1) }))
    .optional(),
  corroboration: z.object({ minOutlets: z.number().int().min(1), reason: z.string().min(1) }),
  /** Steps kept per claim (earliest first); the status is computed over all of them. */
  maxStepsPerClaim: z.number().int().min(1),
});

export type ClaimRule = z.infer<typeof claimRule>;
export type FateRule = z.infer<typeof fateRule>;
export type LedgerRules = z.infer<typeof rulesSchema>;

/** Validates a parsed rules.json; throws BrinkError(`usage`) naming the first bad field. */
export function parseLedgerRules(value: unknown): LedgerRules {
  const parsed = rulesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.join('.');
    throw new BrinkError(
      'usage',
      `Unexpected ledger rules at ${where}: ${issue?.message ?? 'invalid'}, expected the shape in src/corpus/rules.ts`,
    );
  }
  return parsed.data;
}

/** The statuses a claim of `kind` may move to from `from`. */
export function nextStatuses(rules: LedgerRules, kind: string, from: string): readonly string[] {
  const own =
    rules.kindTransitions?.[kind as keyof NonNullable<LedgerRules['kindTransitions']>]?.statuses[from as keyof LedgerRules['transitions']];
  return own ?? rules.transitions[from as keyof LedgerRules['transitions']] ?? [];
}
