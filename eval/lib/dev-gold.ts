/**
 * Loads the hand-annotated dev set (shared/eval/dev/*.gold.json beside each *.txt article), written
 * to shared/eval/GUIDELINES.md. Every field is typed and checked with zod, so a malformed gold file
 * fails loudly with its name instead of scoring wrongly. Shared by the body, quote, time and event
 * evals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected an ISO date YYYY-MM-DD');
const modality = z.enum(['asserted', 'negated', 'hypothetical', 'future', 'claimed']);

const GoldActor = z.object({
  name: z.string().min(1),
  /** Guideline kinds (person, organisation, state, group, ...), kept open for new ones. */
  kind: z.string().min(1),
  /** ISO 3166-1 alpha-3, `IGO`, or null. */
  country: z.string().nullable(),
  aliases: z.array(z.string()),
});

const GoldQuote = z.object({
  speaker: z.string().min(1),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** The content only, copied exactly from the article. */
  text: z.string().min(1),
});

const GoldEvent = z.object({
  /** First 60 characters of the sentence that reports the event. */
  sentence: z.string().min(1),
  /** ISO alpha-3, `IGO`, `REB`, `WST`. */
  source: z.string().min(1),
  /** PLOVER type, e.g. `ASSAULT`. */
  type: z.string().min(1),
  target: z.string().nullable(),
  modality,
});

const GoldTime = z.object({
  text: z.string().min(1),
  /** TIMEX3-style value: `2022-02-15`, `2022-01`, `2022-W07`, `PAST_REF`, `PRESENT_REF`... */
  value: z.string().min(1),
});

const GoldFile = z.object({
  file: z.string().min(1),
  published: isoDate.nullable(),
  publishedAccept: z.array(isoDate.nullable()),
  title: z.string().nullable(),
  /** First 60 characters of each body paragraph a cleaner must keep. */
  mustKeep: z.array(z.string()),
  /** Exact boilerplate lines (indentation trimmed) a cleaner must drop. */
  mustRemove: z.array(z.string()),
  /** First 60 characters of paragraphs or captions that must appear at most once. */
  duplicates: z.array(z.string()),
  actors: z.array(GoldActor),
  quotes: z.array(GoldQuote),
  events: z.array(GoldEvent),
  times: z.array(GoldTime),
  notes: z.array(z.string()).default([]),
});

export type GoldActor = z.infer<typeof GoldActor>;
export type GoldQuote = z.infer<typeof GoldQuote>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldTime = z.infer<typeof GoldTime>;
export type GoldFile = z.infer<typeof GoldFile>;

/** One dev article: its gold annotations and its raw text. */
export interface DevArticle {
  /** Base name without extension, e.g. `000_4f3bf3a366f89f46`. */
  readonly id: string;
  readonly gold: GoldFile;
  readonly text: string;
}

/** Relative to the shared folder; what dev tasks list in `needs`. */
export const DEV_DIR = 'eval/dev';

/** Parses one gold file's JSON; throws an Error naming the file and the first bad field. */
export function parseGold(json: unknown, name: string): GoldFile {
  const result = GoldFile.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || '(root)'}`;
    throw new Error(
      `Unexpected gold file ${name}${where}: ${issue?.message ?? 'invalid'}, expected the shape of shared/eval/GUIDELINES.md`,
    );
  }
  return result.data;
}

/** Every dev article in `<sharedDir>/eval/dev`, sorted by id, text normalised to NFC with "\n" endings. */
export function loadDevArticles(sharedDir: string): DevArticle[] {
  const dir = join(sharedDir, DEV_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.gold.json'.length);
      const gold = parseGold(JSON.parse(readFileSync(join(dir, name), 'utf8')), name);
      const text = readFileSync(join(dir, gold.file), 'utf8').replace(/\r\n?/gu, '\n').normalize('NFC');
      return { id, gold, text };
    });
}
