/**
 * Named-entity tagging speed: the statistical tagger on CoNLL-2003 test tokens (pre-tokenised,
 * tagged document by document, as the `conll` eval does) and on the same text as running text
 * through tagEntities (tokenising included). Each row runs a warm-up pass, then PASSES timed
 * passes; the note adds words per CPU-second, steadier than wall time on a shared machine.
 * Peer row: compromise's people()/places()/organizations() on the running text, when the
 * package is installed (it is not a dependency; the row is skipped with a note otherwise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, BenchSuite } from '../lib-types.ts';
import { parseConll, withGuessedDocuments } from '../../src/nlp/actors/tagger/training/conll-reader.ts';
import { defaultNerModel } from '../../src/nlp/actors/tagger/load-model.ts';
import { tagDocument, tagEntities } from '../../src/nlp/actors/tagger/tag-entities.ts';
import { CONLL_DIR } from '../../eval/tasks/conll.ts';

/** Enough passes over the 46k-token test set to smooth JIT and GC noise on two shared cores. */
const PASSES = 3;

function timeRow(name: string, words: number, run: () => void): BenchRow {
  run();
  (globalThis as { gc?: () => void }).gc?.();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let peak = process.memoryUsage().rss;
  for (let pass = 0; pass < PASSES; pass++) {
    run();
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name,
    items: words * PASSES,
    unit: 'words',
    seconds,
    words: words * PASSES,
    peakRssMb: peak / 2 ** 20,
    note: `${Math.round((words * PASSES) / cpuSeconds).toLocaleString('en-US')} words per CPU-second`,
  };
}

interface Compromise {
  (text: string): {
    people(): { out(format: 'array'): string[] };
    places(): { out(format: 'array'): string[] };
    organizations(): { out(format: 'array'): string[] };
  };
}

async function loadCompromise(): Promise<Compromise | null> {
  try {
    // A variable specifier keeps TypeScript from resolving a package that is not installed.
    const name = 'compromise';
    const mod = (await import(name)) as { default: Compromise };
    return mod.default;
  } catch {
    return null;
  }
}

export const suite: BenchSuite = {
  id: 'ner',
  needs: [`${CONLL_DIR}/test.txt`],
  async run(sharedDir) {
    const sentences = withGuessedDocuments(parseConll(readFileSync(join(sharedDir, CONLL_DIR, 'test.txt'), 'utf8')));
    const documents = new Map<number, string[][]>();
    for (const s of sentences) documents.set(s.doc, [...(documents.get(s.doc) ?? []), [...s.tokens]]);
    const words = sentences.reduce((sum, s) => sum + s.tokens.length, 0);
    const texts = [...documents.values()].map((doc) => doc.map((tokens) => tokens.join(' ')).join('\n'));
    defaultNerModel();
    const rows: BenchRow[] = [
      timeRow('tagDocument on CoNLL test tokens (brink)', words, () => {
        for (const doc of documents.values()) tagDocument(doc);
      }),
      timeRow('tagEntities on running text (brink)', words, () => {
        for (const text of texts) tagEntities(text);
      }),
    ];
    const nlp = await loadCompromise();
    if (nlp) {
      rows.push(
        timeRow('people/places/organizations (compromise)', words, () => {
          for (const text of texts) {
            const doc = nlp(text);
            doc.people().out('array');
            doc.places().out('array');
            doc.organizations().out('array');
          }
        }),
      );
    } else {
      rows.push({
        name: 'people/places/organizations (compromise)',
        items: 0,
        unit: 'words',
        seconds: 1,
        note: 'skipped: compromise is not installed',
      });
    }
    return rows;
  },
};
