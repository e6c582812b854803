/**
 * Opens an SQLite file for Brink with clear errors for the usual mistakes: a path that is not an
 * SQLite database, a directory, a place we cannot write, a database from a newer Brink.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { BrinkError } from '../../core/errors.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations.ts';

export interface SqliteOpenOptions {
  /** Open without writing; saving then fails with a BrinkError. */
  readonly readonly?: boolean;
  /** How long a writer waits for another process's lock before failing. */
  readonly busyTimeoutMs?: number;
}

/**
 * Default lock wait. A writer holds the lock for one article's transaction (milliseconds), so even
 * a long queue of concurrent `ingest` processes clears well within this; only a stuck process hits it.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/** The 16-byte header every SQLite 3 file starts with (sqlite.org/fileformat.html 1.3.1). */
const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Throws unless an existing, non-empty file at `path` starts with the SQLite header. */
function checkFileFormat(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new BrinkError('store', `Unexpected directory ${path}, expected an SQLite database file`, { file: path });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof BrinkError) throw error;
    // Missing file: SQLite creates it, but better-sqlite3 refuses a missing directory in its own words.
    const directory = dirname(path);
    if (!existsSync(directory)) {
      throw new BrinkError(
        'store',
        `Unexpected missing directory ${directory} for ${path}, expected a writable file in an existing, writable directory`,
        { file: path },
      );
    }
    return;
  }
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new BrinkError('store', `Unexpected file format in ${path}, expected an SQLite database (a file made by brink)`, {
      file: path,
    });
  }
}

/** Turns an SQLite error at open time into a BrinkError that names the file and the fix. */
function openError(path: string, error: unknown): BrinkError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') {
    return new BrinkError('store', `Unexpected file format in ${path}, expected an SQLite database`, { file: path, cause: error });
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new BrinkError(
      'store',
      `Unexpected failure to open ${path} for writing (${message}), expected a writable file in an existing, writable directory`,
      { file: path, cause: error },
    );
  }
  return new BrinkError('store', `Unexpected SQLite error opening ${path}: ${message}, expected a usable database`, {
    file: path,
    cause: error,
  });
}

/** Throws when the file is another program's database, or from a newer Brink schema. */
function checkSchema(db: Database.Database, path: string, readonly: boolean): void {
  // One read transaction, so the version and the table count come from the same snapshot: read
  // apart, another process's migration could commit in between and its tables look foreign.
  const { version, tables } = db.transaction(() => ({
    version: schemaVersion(db),
    tables: (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n,
  }))();
  if (version > LATEST_SCHEMA_VERSION) {
    throw new BrinkError(
      'store',
      `Unexpected schema version ${version} in ${path}, expected at most ${LATEST_SCHEMA_VERSION}: it was written by a newer brink; upgrade brink to read it`,
      { file: path },
    );
  }
  if (version === 0 && tables > 0) {
    throw new BrinkError('store', `Unexpected SQLite database with foreign tables in ${path}, expected an empty file or a brink database`, {
      file: path,
    });
  }
  if (readonly && version < LATEST_SCHEMA_VERSION) {
    throw new BrinkError(
      'store',
      `Unexpected schema version ${version} in ${path} opened read-only, expected ${LATEST_SCHEMA_VERSION}: open it once for writing to upgrade it`,
      { file: path },
    );
  }
}

/**
 * Opens (creating when needed) and migrates a Brink SQLite database: WAL so readers never block the
 * writer, a busy timeout so concurrent writers queue instead of failing, foreign keys on.
 */
export function openDatabase(path: string, options: SqliteOpenOptions = {}): Database.Database {
  const readonly = options.readonly ?? false;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new BrinkError('usage', `Unexpected busyTimeoutMs ${String(busyTimeoutMs)}, expected a whole number of milliseconds`);
  }
  checkFileFormat(path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CANTOPEN' && readonly) {
      throw new BrinkError('store', `Unexpected missing database ${path}, expected an existing brink database to open read-only`, {
        file: path,
        cause: error,
      });
    }
    throw openError(path, error);
  }
  try {
    // Set first, so the journal-mode switch and migrations below also wait for other processes.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    checkSchema(db, path, readonly);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL is durable across application crashes in WAL mode; only power loss may drop the last commits.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof BrinkError) throw error;
    throw openError(path, error);
  }
}
