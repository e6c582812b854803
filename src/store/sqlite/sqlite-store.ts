/**
 * The SQLite backend of `Store` (store.ts). better-sqlite3 is synchronous; each method does its work
 * at once and returns a settled promise, which keeps the async interface for network backends.
 */
import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis.ts';
import { BrinkError } from '../../core/errors.ts';
import { checkFilter, checkPage } from '../request-checks.ts';
import type { ArticleFilter, ArticleSummary, Page, PageRequest, SaveResult, SearchHit, Store, StoreStats, StoredResult } from '../store.ts';
import { generationSync, getCorpusResultSync, putCorpusResultSync } from './corpus-results.ts';
import { openDatabase, type SqliteOpenOptions } from './open-database.ts';
import { getAnalysisSync, iterateAnalysesFrom, listArticlesSync, statsSync } from './read-articles.ts';
import { prepareSaveStatements, saveAnalysisSync, type SaveStatements } from './save-analysis.ts';
import { searchArticles } from './search-articles.ts';

/** Runs `work`, turning SQLite failures (locks timed out, disk full, read-only) into store errors that name the file. */
function guarded<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BrinkError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      const message = error instanceof Error ? error.message : code;
      throw new BrinkError('store', `Unexpected ${code} (${message}) in ${path}, expected the database to accept the operation`, {
        file: path,
        cause: error,
      });
    }
    throw error;
  }
}

/** The result of synchronous `work` as a settled promise. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

class SqliteStore implements Store {
  private saveStatements: SaveStatements | null = null;
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly readonly: boolean,
  ) {}

  /** Runs `work` now; a throw becomes a rejected promise, as callers of an async API expect. */
  private run<T>(work: () => T): Promise<T> {
    return settle(() => {
      if (this.closed) throw new BrinkError('usage', `Unexpected use of the closed store ${this.path}, expected an open store`);
      return guarded(this.path, work);
    });
  }

  saveAnalysis(analysis: Analysis): Promise<SaveResult> {
    return this.run(() => {
      this.writable();
      this.saveStatements ??= prepareSaveStatements(this.db);
      return saveAnalysisSync(this.db, this.saveStatements, analysis);
    });
  }

  getAnalysis(idOrPrefix: string): Promise<Analysis | null> {
    return this.run(() => getAnalysisSync(this.db, idOrPrefix));
  }

  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>> {
    return this.run(() => {
      checkFilter(filter);
      checkPage(page);
      return listArticlesSync(this.db, filter, page);
    });
  }

  search(query: string, filter: ArticleFilter, page: PageRequest): Promise<Page<SearchHit>> {
    return this.run(() => {
      checkFilter(filter);
      checkPage(page);
      return searchArticles(this.db, query, filter, page);
    });
  }

  async *iterateAnalyses(filter: ArticleFilter): AsyncIterable<Analysis> {
    checkFilter(filter);
    const rows = iterateAnalysesFrom(this.db, filter);
    for (;;) {
      const result = await this.run(() => rows.next());
      if (result.done === true) return;
      yield result.value;
    }
  }

  stats(): Promise<StoreStats> {
    return this.run(() => statsSync(this.db));
  }

  generation(): Promise<number> {
    return this.run(() => generationSync(this.db));
  }

  getCorpusResult(name: string): Promise<StoredResult | null> {
    return this.run(() => getCorpusResultSync(this.db, name));
  }

  putCorpusResult(result: StoredResult): Promise<void> {
    return this.run(() => {
      this.writable();
      putCorpusResultSync(this.db, result);
    });
  }

  /** Throws the store error for a write to a store opened read-only. */
  private writable(): void {
    if (this.readonly) {
      throw new BrinkError('store', `Unexpected write to ${this.path} opened read-only, expected a store opened for writing`, {
        file: this.path,
      });
    }
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      try {
        // sqlite.org/lang_analyze.html recommends `PRAGMA optimize` before closing a connection that wrote.
        if (!this.readonly) this.db.pragma('optimize');
      } catch {
        // Only planner statistics are lost (e.g. another writer held the lock); closing matters more.
      } finally {
        this.db.close();
      }
    }
    return Promise.resolve();
  }
}

/**
 * Opens (creating and migrating when needed) a Brink SQLite database at `path`.
 * Throws BrinkError kind `store` when the file is not a usable Brink database.
 */
export function openSqliteStore(path: string, options: SqliteOpenOptions = {}): Promise<Store> {
  return settle(() => new SqliteStore(openDatabase(path, options), path, options.readonly ?? false));
}
