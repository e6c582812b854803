/**
 * CoNLL-2003 English test set (Tjong Kim Sang & De Meulder 2003): entity-level exact-match F1 of
 * the statistical tagger, micro-averaged as conlleval computes it, overall and per type. The
 * shared copy is IOB2 with `-DOCSTART-` lines between documents; the reader skips those and reads
 * any stray I- after O as an entity start, like conlleval. Input is CoNLL's own tokenisation, so
 * this measures the tagger, not the tokenizer. Reference: Stanford CRF (Finkel et al. 2005) 86.9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, withGuessedDocuments, type ConllSentence } from '../../src/nlp/actors/tagger/training/conll-reader.ts';
import {
  emptyScores,
  f1,
  precision,
  recall,
  scoreSentence,
  type EntityScores,
} from '../../src/nlp/actors/tagger/training/entity-scores.ts';
import { tagDocument } from '../../src/nlp/actors/tagger/tag-entities.ts';
import { defaultNerModel } from '../../src/nlp/actors/tagger/load-model.ts';
import type { NerModel } from '../../src/nlp/actors/tagger/model-file.ts';
import { ENTITY_TYPES } from '../../src/nlp/actors/tagger/types.ts';
import type { EvalRow, EvalTask } from '../lib/types.ts';

export const CONLL_DIR = 'data/conll2003';

/**
 * Tags a CoNLL file document by document (names are remembered within a document, as in
 * running text) with `model`, and scores it against the gold tags.
 */
export function scoreConllFile(path: string, model: NerModel = defaultNerModel()): EntityScores {
  const scores = emptyScores();
  const sentences = withGuessedDocuments(parseConll(readFileSync(path, 'utf8')));
  const docs = new Map<number, ConllSentence[]>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  for (const doc of docs.values()) {
    const predicted = tagDocument(
      doc.map((s) => s.tokens),
      model,
    );
    doc.forEach((s, i) => scoreSentence(scores, s.tags, predicted[i] ?? []));
  }
  return scores;
}

/** The eval rows for one set of scores: F1, precision, recall overall, then F1 per type. */
export function entityRows(scores: EntityScores, overallNote: string): EvalRow[] {
  const n = scores.overall.gold;
  return [
    { metric: 'f1', value: f1(scores.overall), n, note: overallNote },
    { metric: 'precision', value: precision(scores.overall), n: scores.overall.predicted },
    { metric: 'recall', value: recall(scores.overall), n },
    ...ENTITY_TYPES.map((type) => ({ metric: `f1-${type}`, value: f1(scores.byType[type]), n: scores.byType[type].gold })),
  ];
}

export const task: EvalTask = {
  id: 'conll',
  title: 'Named entities, CoNLL-2003 English test (exact span + type, micro F1)',
  needs: [`${CONLL_DIR}/test.txt`],
  run(sharedDir) {
    const scores = scoreConllFile(join(sharedDir, CONLL_DIR, 'test.txt'));
    return Promise.resolve(entityRows(scores, 'conlleval-style; Stanford CRF 0.869, target >= 0.87'));
  },
};
