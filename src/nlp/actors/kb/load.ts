/**
 * The one place that reads knowledge-base files. `loadActorFiles` parses every file completely
 * (JSON Lines, one actor a line, see data/actors/README.md) before building anything, so a syntax
 * error, a schema error or a duplicate id throws a BrinkError naming the file and line and nothing
 * is loaded half-way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrinkError } from '../../../core/errors.ts';
import { ActorRecord } from './schema.ts';
import { buildKnowledgeBase, type KnowledgeBase, type SourcedRecord } from './index.ts';

/** data/actors, resolved from this file so it works from src and from an installed package. */
export const DEFAULT_ACTOR_DIR = fileURLToPath(new URL('../../../../data/actors/', import.meta.url));

/** Parses one file's text; throws BrinkError(`input`) at the first bad line. Pure: no I/O. */
export function parseActorLines(text: string, file: string): SourcedRecord[] {
  const out: SourcedRecord[] = [];
  const lines = text.split(/\r?\n/u);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const where = `${file}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new BrinkError('input', `Unexpected JSON syntax at ${where} (${(error as Error).message}), expected one JSON object per line`, {
        file,
        cause: error,
      });
    }
    const parsed = ActorRecord.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      throw new BrinkError(
        'input',
        `Unexpected actor record at ${where}${path === '' ? '' : ` in field "${path}"`}: ${issue?.message ?? 'invalid'}, expected the format of data/actors/README.md`,
        { file },
      );
    }
    out.push({ record: parsed.data, where });
  }
  return out;
}

/** Throws when two records share an id, naming both places. */
export function assertUniqueIds(records: readonly SourcedRecord[]): void {
  const seen = new Map<string, string>();
  for (const { record, where } of records) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      throw new BrinkError(
        'input',
        `Unexpected duplicate actor id "${record.id}" at ${where}, expected unique ids (first defined at ${first})`,
        { file: where.replace(/:\d+$/u, '') },
      );
    }
    seen.set(record.id, where);
  }
}

/** Throws when a role points at a state or IGO code no loaded record has ("of": "RUS" needs Russia). */
export function assertRoleTargets(records: readonly SourcedRecord[]): void {
  const codes = new Set<string>();
  for (const { record } of records) {
    if (record.kind === 'state') codes.add(record.country);
    if (record.kind === 'igo') codes.add(record.code);
  }
  for (const { record, where } of records) {
    if (record.kind !== 'person') continue;
    const bad = record.roles.find((r) => !codes.has(r.of));
    if (bad !== undefined) {
      throw new BrinkError(
        'input',
        `Unexpected role target "${bad.of}" at ${where}, expected the alpha-3 of a loaded state or the code of a loaded IGO`,
        { file: where.replace(/:\d+$/u, '') },
      );
    }
  }
}

/** Reads, validates and merges knowledge-base files (JSON Lines) into one knowledge base. */
export function loadActorFiles(paths: readonly string[]): KnowledgeBase {
  const records: SourcedRecord[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new BrinkError(
        'input',
        `Unexpected unreadable actor file ${path} (${(error as Error).message}), expected a readable JSON Lines file`,
        { file: path, cause: error },
      );
    }
    records.push(...parseActorLines(text, path));
  }
  assertUniqueIds(records);
  assertRoleTargets(records);
  return buildKnowledgeBase(records);
}

/** Every *.jsonl file of a directory, sorted, for loadActorFiles. */
export function actorFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

let shipped: KnowledgeBase | null = null;

/** The shipped knowledge base (data/actors/*.jsonl), read once on first use and then shared. */
export function defaultKnowledgeBase(): KnowledgeBase {
  shipped ??= loadActorFiles(actorFilesIn(DEFAULT_ACTOR_DIR));
  return shipped;
}

/** The shipped knowledge base plus user files (`--actors FILE`); ids must not clash. */
export function knowledgeBaseWith(extraFiles: readonly string[]): KnowledgeBase {
  return extraFiles.length === 0 ? defaultKnowledgeBase() : loadActorFiles([...actorFilesIn(DEFAULT_ACTOR_DIR), ...extraFiles]);
}
