/**
 * Stored corpus results (table `corpus_results`, migration 2) and the store's generation counter
 * (`store_meta.generation`), which every save that changes the contents bumps inside its own
 * transaction. A result is stored with the fingerprint its caller computed it under; the store only
 * keeps and returns it.
 */
import type Database from 'better-sqlite3';
import { BrinkError } from '../../core/errors.ts';
import type { StoredResult } from '../store.ts';

export function generationSync(db: Database.Database): number {
  const row = db.prepare(`SELECT value FROM store_meta WHERE key = 'generation'`).get() as { value: number } | undefined;
  return row?.value ?? 0;
}

export function getCorpusResultSync(db: Database.Database, name: string): StoredResult | null {
  const row = db.prepare('SELECT name, fingerprint, computed_at, body FROM corpus_results WHERE name = ?').get(name) as
    { name: string; fingerprint: string; computed_at: string; body: string } | undefined;
  if (row === undefined) return null;
  return { name: row.name, fingerprint: row.fingerprint, computedAt: row.computed_at, body: JSON.parse(row.body) as unknown };
}

export function putCorpusResultSync(db: Database.Database, result: StoredResult): void {
  if (result.name.trim() === '' || result.fingerprint.trim() === '') {
    throw new BrinkError('usage', 'Unexpected corpus result without a name or fingerprint, expected both to be non-empty');
  }
  const body = JSON.stringify(result.body);
  if (body === undefined) throw new BrinkError('usage', `Unexpected corpus result ${result.name} with no JSON body, expected a JSON value`);
  db.prepare(
    `INSERT INTO corpus_results (name, fingerprint, computed_at, body) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, computed_at = excluded.computed_at, body = excluded.body`,
  ).run(result.name, result.fingerprint, result.computedAt, body);
}
