/**
 * `saveAnalysis` for SQLite: one IMMEDIATE transaction per article that decides unchanged /
 * inserted / new-version, links near-duplicates, and writes the row, its FTS entry (by trigger),
 * its MinHash signature and band keys. Any failure rolls all of it back.
 */
import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis.ts';
import { BrinkError } from '../../core/errors.ts';
import { hasEnoughWords, lshBandKeys, minhashSignatureOfWords, shingleWordsOf } from '../../clean/near-duplicates.ts';
import type { SaveResult } from '../store.ts';
import { findEarliestOriginal, type Fingerprint } from './near-duplicate-lookup.ts';

export interface SaveStatements {
  readonly byId: Database.Statement<[string], { id: string; duplicate_of: string | null }>;
  readonly currentByUri: Database.Statement<[string], { id: string }>;
  readonly markSuperseded: Database.Statement<[string, string]>;
  readonly insertArticle: Database.Statement<[Record<string, unknown>]>;
  readonly insertSignature: Database.Statement<[string, Buffer]>;
  readonly insertBand: Database.Statement<[string, string]>;
  readonly publishedOf: Database.Statement<[string], { published: string | null }>;
  readonly relinkFamily: Database.Statement<[Record<string, unknown>]>;
  readonly bumpGeneration: Database.Statement<[]>;
}

export function prepareSaveStatements(db: Database.Database): SaveStatements {
  return {
    byId: db.prepare('SELECT id, duplicate_of FROM articles WHERE id = ?'),
    currentByUri: db.prepare('SELECT id FROM articles WHERE uri = ? AND superseded_by IS NULL ORDER BY rowid DESC LIMIT 1'),
    markSuperseded: db.prepare('UPDATE articles SET superseded_by = ? WHERE id = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, uri, title, published, source, byline, language, text, words, duplicate_of, ingested_at, analysis)
       VALUES (@id, @uri, @title, @published, @source, @byline, @language, @text, @words, @duplicateOf, @ingestedAt, @analysis)`,
    ),
    insertSignature: db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES (?, ?)'),
    publishedOf: db.prepare('SELECT published FROM articles WHERE id = ?'),
    relinkFamily: db.prepare(
      `UPDATE articles SET duplicate_of = @original, analysis = json_set(analysis, '$.document.duplicateOf', @original)
       WHERE id = @former OR duplicate_of = @former`,
    ),
    bumpGeneration: db.prepare(`UPDATE store_meta SET value = value + 1 WHERE key = 'generation'`),
  };
}

/** Throws a usage error unless the analysis has what the store keys on. */
function checkAnalysis(analysis: Analysis): void {
  const document = (analysis as { document?: Partial<Analysis['document']> }).document;
  if (typeof document?.id !== 'string' || document.id.trim() === '' || typeof document.text !== 'string') {
    throw new BrinkError('usage', 'Unexpected analysis without document.id and document.text, expected a brink.analysis/1 object');
  }
}

function serialise(analysis: Analysis, duplicateOf: string | null): string {
  try {
    return JSON.stringify({ ...analysis, document: { ...analysis.document, duplicateOf } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BrinkError(
      'usage',
      `Unexpected value JSON cannot hold in analysis ${analysis.document.id} (${message}), expected a JSON-serialisable brink.analysis/1 object`,
      { cause: error },
    );
  }
}

/** True when both dates are known and `a` is the earlier calendar day. */
function publishedBefore(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.slice(0, 10) < b.slice(0, 10);
}

/** Runs the save transaction. The MinHash work happens before the write lock is taken. */
export function saveAnalysisSync(db: Database.Database, statements: SaveStatements, analysis: Analysis): SaveResult {
  checkAnalysis(analysis);
  const doc = analysis.document;
  // `?? null` guards callers that built the object by hand and left optional-looking fields out.
  const uri = doc.uri ?? null;
  const wordList = shingleWordsOf(doc.text);
  const words = wordList.length;
  const signature = hasEnoughWords(wordList) ? minhashSignatureOfWords(wordList) : null;
  const fingerprint: Fingerprint | null = signature === null ? null : { signature, bandKeys: lshBandKeys(signature) };

  const run = db.transaction((): SaveResult => {
    const existing = statements.byId.get(doc.id);
    if (existing !== undefined) {
      return { id: doc.id, status: 'unchanged', previousId: null, duplicateOf: existing.duplicate_of };
    }
    const previousId = uri === null ? null : (statements.currentByUri.get(uri)?.id ?? null);
    const found = fingerprint === null ? null : findEarliestOriginal(db, fingerprint, uri);
    // The earlier-published text is the original, whatever the order of ingest: when a copy was
    // stored first, the new article takes its place and the stored family is relinked under it.
    const formerOriginal = found !== null && publishedBefore(doc.published, statements.publishedOf.get(found)?.published) ? found : null;
    const duplicateOf = formerOriginal === null ? found : null;
    // Superseded first, then the new row: a failure in between (e.g. serialising) must roll both back.
    if (previousId !== null) statements.markSuperseded.run(doc.id, previousId);
    statements.insertArticle.run({
      id: doc.id,
      uri,
      title: doc.title ?? null,
      published: doc.published ?? null,
      source: doc.source ?? null,
      byline: doc.byline ?? null,
      language: doc.language ?? null,
      text: doc.text,
      words,
      duplicateOf,
      ingestedAt: new Date().toISOString(),
      analysis: serialise(analysis, duplicateOf),
    });
    if (formerOriginal !== null) statements.relinkFamily.run({ original: doc.id, former: formerOriginal });
    if (fingerprint !== null) {
      statements.insertSignature.run(
        doc.id,
        Buffer.from(fingerprint.signature.buffer, fingerprint.signature.byteOffset, fingerprint.signature.byteLength),
      );
      for (const key of fingerprint.bandKeys) statements.insertBand.run(key, doc.id);
    }
    // Stored corpus results computed before this save no longer describe the contents.
    statements.bumpGeneration.run();
    return { id: doc.id, status: previousId === null ? 'inserted' : 'new-version', previousId, duplicateOf };
  });
  return run.immediate();
}
