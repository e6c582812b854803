/**
 * The shape of one line of a knowledge-base file (data/actors/*.jsonl, documented in
 * data/actors/README.md). Checked with zod so a bad record fails with its file and line instead of
 * producing silent mislinks.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected an ISO date YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'expected a lowercase slug (a-z, 0-9, -)');
/** Wikidata ids are included only when certain; a wrong id is worse than none. */
const wikidata = z
  .string()
  .regex(/^Q[1-9]\d*$/u, 'expected a Wikidata id like Q7747')
  .nullable();
const names = z.array(z.string().min(1)).default([]);

export const RoleRecord = z
  .object({
    /** Canonical title from the vocabulary in titles.ts, e.g. `foreign minister`. */
    title: z.string().min(1),
    /** ISO alpha-3 of the state, or the `code` of an IGO record (`NATO`, `UN`, `EU`). */
    of: z.string().min(2),
    from: isoDate,
    /** Last day in office; null while in office. */
    to: isoDate.nullable(),
  })
  .strict();

const base = {
  id: slug,
  name: z.string().min(1),
  wikidata: wikidata.default(null),
  aliases: names,
};

export const StateRecord = z
  .object({
    ...base,
    kind: z.literal('state'),
    country: z.string().regex(/^[A-Z]{3}$/u, 'expected ISO 3166-1 alpha-3'),
    /** Adjectives: "Russian" (used in role and institution phrases, not a mention on its own). */
    demonyms: names,
    /** Collective nouns: "Russians", "the Chinese" (a mention of the state). */
    plurals: names,
    /** Seats of government: a mention of the state only when it acts or speaks. */
    capitals: names,
    /** Buildings that stand for the government: "Kremlin", "Downing Street". */
    metonyms: names,
    /** The title "the Russian leader" resolves to. */
    leader: z.string().min(1),
  })
  .strict();

export const IgoRecord = z
  .object({
    ...base,
    kind: z.literal('igo'),
    country: z.literal('IGO'),
    code: z.string().regex(/^[A-Z0-9-]+$/u),
    /** Seats that stand for the organisation when they act: "Brussels said" (the EU). */
    capitals: names,
  })
  .strict();

export const OrgRecord = z
  .object({
    ...base,
    kind: z.enum(['organisation', 'armed-group', 'media', 'group']),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/u)
      .nullable(),
  })
  .strict();

export const PersonRecord = z
  .object({
    ...base,
    kind: z.literal('person'),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/u)
      .nullable(),
    roles: z.array(RoleRecord).default([]),
  })
  .strict();

export const ActorRecord = z.discriminatedUnion('kind', [StateRecord, IgoRecord, OrgRecord, PersonRecord]);

export type RoleRecord = z.infer<typeof RoleRecord>;
export type StateRecord = z.infer<typeof StateRecord>;
export type IgoRecord = z.infer<typeof IgoRecord>;
export type OrgRecord = z.infer<typeof OrgRecord>;
export type PersonRecord = z.infer<typeof PersonRecord>;
export type ActorRecord = z.infer<typeof ActorRecord>;
