/**
 * `npm run check:data`: the data linter CI runs. Data files are code's inputs, and a stale or
 * broken record fails silently at run time, so each one is checked here:
 * - data/demo/gold/ledger.json: required fields, known statuses and kinds, unique ids, and every
 *   evidence and fate sentence present in the CLEAN text Brink makes of the file it names (so the
 *   gold stays true to what the pipeline can see);
 * - eval/floors/*.json: each names an existing eval task, each floor a number in [0, 1];
 * - data/events/*.json: no pattern or cue word repeated where only its first copy can ever act.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readInputs } from '../src/ingest/index.ts';
import { analyzeRaw } from '../src/service/analyze.ts';
import { projectRoot } from '../eval/lib/shared-dir.ts';

const problems: string[] = [];
const STATUSES = ['kept', 'contradicted', 'disputed', 'corroborated', 'open'] as const;
const place = z.object({ file: z.string(), doc: z.string(), sentencePrefix: z.string().min(10) });
const claim = z.object({
  id: z.string().regex(/^C\d{2,}$/),
  actor: z.string().regex(/^([A-Z]{3}|IGO:[A-Z]+)$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  claim: z.string().min(5),
  kind: z.enum(['denial', 'withdrawal', 'talks-offer', 'threat', 'promise', 'claim']),
  status: z.enum(STATUSES),
  evidence: z.array(place).min(1),
  fate: z.array(place.extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), status: z.enum(STATUSES), by: z.string() })),
});

const cleanTexts = new Map<string, string>();
async function cleanTextOf(file: string): Promise<string> {
  const cached = cleanTexts.get(file);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  for await (const item of readInputs([join(projectRoot, 'data/demo', file)])) {
    if (!item.ok) continue;
    const result = analyzeRaw(item.doc);
    if (result.ok) parts.push(result.analysis.document.text);
  }
  const text = parts.join('\n\n');
  cleanTexts.set(file, text);
  return text;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ');

async function checkLedger(): Promise<number> {
  const path = join(projectRoot, 'data/demo/gold/ledger.json');
  const parsed = z.array(claim).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    problems.push(`data/demo/gold/ledger.json: ${parsed.error.message}`);
    return 0;
  }
  const ids = new Set<string>();
  for (const c of parsed.data) {
    if (ids.has(c.id)) problems.push(`data/demo/gold/ledger.json: Unexpected duplicate id ${c.id}, expected unique ids`);
    ids.add(c.id);
    for (const p of [...c.evidence, ...c.fate]) {
      if (!existsSync(join(projectRoot, 'data/demo', p.file))) {
        problems.push(`ledger ${c.id}: Unexpected missing file data/demo/${p.file}, expected an existing demo file`);
        continue;
      }
      if (!flat(await cleanTextOf(p.file)).includes(flat(p.sentencePrefix))) {
        problems.push(
          `ledger ${c.id}: Unexpected sentence "${p.sentencePrefix}" missing from the clean text of ${p.file}, expected it to survive cleaning`,
        );
      }
    }
  }
  return parsed.data.length;
}

function checkFloors(): number {
  const tasks = new Set(
    readdirSync(join(projectRoot, 'eval/tasks'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, '')),
  );
  const dir = join(projectRoot, 'eval/floors');
  let count = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const id = file.replace(/\.json$/, '');
    if (!tasks.has(id))
      problems.push(`eval/floors/${file}: Unexpected floors for unknown task "${id}", expected a file eval/tasks/${id}.ts`);
    const floors = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [metric, value] of Object.entries(floors)) {
      count++;
      if (typeof value !== 'number' || value < 0 || value > 1)
        problems.push(`eval/floors/${file}: Unexpected floor ${JSON.stringify(value)} for ${metric}, expected a number in [0, 1]`);
    }
  }
  return count;
}

/** The items listed more than once. */
function repeated(list: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const item of list) (seen.has(item) ? twice : seen).add(item);
  return twice;
}

/**
 * The event lexicons: a pattern repeated in one record, or in two records for the same word class,
 * is dead data (the first one listed always wins); a cue word repeated in one record likewise.
 */
function checkEventData(): number {
  const triggers = JSON.parse(readFileSync(join(projectRoot, 'data/events/triggers.json'), 'utf8')) as {
    id: string;
    pos: string;
    patterns: string[];
  }[];
  const owner = new Map<string, string>();
  for (const t of triggers) {
    const twice = repeated(t.patterns);
    for (const pattern of new Set(t.patterns)) {
      if (twice.has(pattern))
        problems.push(`data/events/triggers.json: Unexpected repeated pattern "${pattern}" in ${t.id}, expected each pattern once`);
      const key = `${t.pos}|${pattern}`;
      const first = owner.get(key);
      if (first !== undefined)
        problems.push(
          `data/events/triggers.json: Unexpected pattern "${pattern}" in both ${first} and ${t.id}, expected one record per pattern and word class`,
        );
      owner.set(key, t.id);
    }
  }
  const cues = JSON.parse(readFileSync(join(projectRoot, 'data/events/modality-cues.json'), 'utf8')) as { id: string; words: string[] }[];
  for (const c of cues) {
    const twice = repeated(c.words);
    for (const word of new Set(c.words))
      if (twice.has(word))
        problems.push(`data/events/modality-cues.json: Unexpected repeated word "${word}" in ${c.id}, expected each word once`);
  }
  return triggers.length + cues.length;
}

const claims = await checkLedger();
const floors = checkFloors();
const eventRecords = checkEventData();
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`check:data: ${problems.length} problems`);
  process.exit(1);
}
console.log(
  `check:data: ${claims} gold ledger claims with every sentence found in clean text; ${floors} eval floors valid; ${eventRecords} event lexicon records without repeats`,
);
