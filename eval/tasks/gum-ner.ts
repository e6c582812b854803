/**
 * Named entities on GUM's Wikinews articles (Zeldes 2017, CC BY; 25 files of WebAnno TSV 3.2),
 * a second, differently sourced check of the CoNLL-trained tagger.
 *
 * GUM annotates every entity mention, named or not ("the team", "critics of ..."), as a full noun
 * phrase ("U.S. President Donald Trump's"), with nested mentions ("U.S." inside it). CoNLL tags
 * bare names ("U.S." LOC, "Donald Trump" PER). So exact spans cannot be compared directly, and:
 * - Types: GUM person → PER, organization → ORG, place → LOC. GUM has no MISC; MISC predictions
 *   are not scored.
 * - Name mentions: the TSV has no part-of-speech, so a mention counts as a proper name when, after
 *   dropping a leading determiner and a trailing possessive, its first and last tokens are
 *   capitalised and every token is capitalised, punctuation, or one of a few name-internal
 *   function words (of, the, and, for, de, al...). "the Afghan team" is not a name; "Daughters of
 *   the American Revolution" is. Pronouns ("They" opening a sentence) are not names. Only
 *   outermost names are scored: CoNLL tags "United States Navy" as one ORG, not the LOC inside.
 * - `f1` (head match): a prediction is right when it lies inside a same-type GUM mention (named
 *   or not) and ends on that mention's last word (English NP heads come last: "Trump" in "U.S.
 *   President Donald Trump"). A name mention is found when such a prediction lies inside it.
 * - `f1-exact`: prediction span = name mention span (after the trimming above), type equal.
 * - `f1-untyped`: head match ignoring type. GUM types countries acting as agents as organization
 *   ("North Korea said ..."), where CoNLL's guidelines keep LOC, so many typed "errors" are this
 *   scheme difference; the untyped score isolates finding the names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunksOf, type Chunk } from '../../src/nlp/actors/tagger/chunks.ts';
import { tagDocument } from '../../src/nlp/actors/tagger/tag-entities.ts';
import type { EntityType } from '../../src/nlp/actors/tagger/types.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

export const GUM_DIR = 'data/gum-news';

const TYPE_MAP: Record<string, EntityType> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const SCORED: readonly EntityType[] = ['PER', 'ORG', 'LOC'];
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Sentence-initial pronouns are capitalised but are not names. */
const PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'us', 'them', 'his', 'her', 'their', 'our', 'its', 'this', 'that']);
const NAME_INTERNAL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'al', 'bin', 'on', '&']);

/** A GUM mention as a token range over the whole document, with its mapped type. */
interface Mention extends Chunk {
  readonly named: boolean;
}

interface GumDocument {
  readonly sentences: string[][];
  readonly mentions: Mention[];
}

/** Reads one WebAnno TSV file: tokens per sentence and every person/organization/place mention. */
export function parseGumTsv(text: string): GumDocument {
  const sentences: string[][] = [];
  const tokens: string[] = [];
  const spans = new Map<string, { type: string; start: number; end: number }>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#Text=')) sentences.push([]);
    const cells = line.split('\t');
    if (!/^\d+-\d+$/.test(cells[0] ?? '') || cells.length < 4) continue;
    const index = tokens.length;
    tokens.push(cells[2] ?? '');
    sentences[sentences.length - 1]?.push(cells[2] ?? '');
    for (const label of (cells[3] ?? '_').split('|')) {
      const match = /^([a-z]+)(?:\[(\d+)\])?$/.exec(label);
      if (!match?.[1]) continue;
      const key = match[2] ?? `token-${index}`;
      const span = spans.get(key) ?? { type: match[1], start: index, end: index };
      span.end = index + 1;
      spans.set(key, span);
    }
  }
  const mentions: Mention[] = [];
  for (const span of spans.values()) {
    const type = TYPE_MAP[span.type];
    if (!type) continue;
    const trimmed = trimMention(tokens, span.start, span.end);
    mentions.push({ ...trimmed, type, named: isName(tokens.slice(trimmed.start, trimmed.end)) });
  }
  return { sentences, mentions };
}

function trimMention(tokens: readonly string[], start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  if (e - s > 1 && DETERMINERS.has((tokens[s] ?? '').toLowerCase())) s++;
  if (e - s > 1 && /^['’]s?$/.test(tokens[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

function isName(words: readonly string[]): boolean {
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
  if (words.length === 0 || !capital(words[0] ?? '') || !capital(words[words.length - 1] ?? '')) return false;
  if (words.length === 1 && PRONOUNS.has((words[0] ?? '').toLowerCase())) return false;
  return words.every((w) => capital(w) || NAME_INTERNAL.has(w) || /^[^\p{L}\p{N}]+$/u.test(w));
}

interface Tally {
  gold: number;
  predicted: number;
  correct: number;
  found: number;
}

const f1Of = (t: Tally, recalled: number): number => {
  const p = t.predicted === 0 ? 0 : t.correct / t.predicted;
  const r = t.gold === 0 ? 0 : recalled / t.gold;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

export const task: EvalTask = {
  id: 'gum-ner',
  title: 'Named entities, GUM Wikinews (PER/ORG/LOC; head match against GUM mentions)',
  needs: [GUM_DIR],
  run(sharedDir) {
    const head: Record<string, Tally> = {};
    const exact: Tally = { gold: 0, predicted: 0, correct: 0, found: 0 };
    const untyped: Tally = { gold: 0, predicted: 0, correct: 0, found: 0 };
    for (const key of ['all', ...SCORED]) head[key] = { gold: 0, predicted: 0, correct: 0, found: 0 };
    const files = readdirSync(join(sharedDir, GUM_DIR))
      .filter((f) => f.endsWith('.tsv'))
      .sort();
    for (const file of files) {
      const doc = parseGumTsv(readFileSync(join(sharedDir, GUM_DIR, file), 'utf8'));
      const tags = tagDocument(doc.sentences).flat();
      const predicted = chunksOf(tags).filter((c) => SCORED.includes(c.type));
      const named = doc.mentions.filter((m) => m.named);
      const names = named.filter(
        (m) => !named.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
      );
      const inside = (c: Chunk, m: Chunk): boolean => c.type === m.type && c.start >= m.start && c.end <= m.end;
      const headOf = (c: Chunk, m: Chunk): boolean => inside(c, m) && c.end === m.end;
      const headAnyType = (c: Chunk, m: Chunk): boolean => c.start >= m.start && c.end === m.end;
      for (const c of predicted) {
        for (const t of [head['all'], head[c.type]]) if (t) t.predicted++;
        if (doc.mentions.some((m) => headOf(c, m))) for (const t of [head['all'], head[c.type]]) if (t) t.correct++;
        exact.predicted++;
        untyped.predicted++;
        if (doc.mentions.some((m) => headAnyType(c, m))) untyped.correct++;
        if (names.some((m) => m.start === c.start && m.end === c.end && m.type === c.type)) exact.correct++;
      }
      for (const m of names) {
        for (const t of [head['all'], head[m.type]]) if (t) t.gold++;
        if (predicted.some((c) => headOf(c, m))) for (const t of [head['all'], head[m.type]]) if (t) t.found++;
        exact.gold++;
        untyped.gold++;
        if (predicted.some((c) => headAnyType(c, m))) untyped.found++;
      }
    }
    const all = head['all'] ?? exact;
    const rows: EvalRow[] = [
      { metric: 'f1', value: f1Of(all, all.found), n: all.gold, note: 'head match; PER/ORG/LOC; MISC not scored' },
      { metric: 'precision', value: all.predicted === 0 ? 0 : all.correct / all.predicted, n: all.predicted },
      { metric: 'recall', value: all.gold === 0 ? 0 : all.found / all.gold, n: all.gold },
      { metric: 'f1-untyped', value: f1Of(untyped, untyped.found), n: untyped.gold, note: 'head match, any type' },
      { metric: 'f1-exact', value: f1Of(exact, exact.correct), n: exact.gold, note: 'exact span vs GUM name NPs (titles included)' },
    ];
    for (const type of SCORED) {
      const t = head[type];
      if (t) rows.push({ metric: `f1-${type}`, value: f1Of(t, t.found), n: t.gold });
    }
    return Promise.resolve(rows);
  },
};
