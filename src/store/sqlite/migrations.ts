/**
 * The SQLite schema as a versioned list of migrations. `PRAGMA user_version` holds the number of
 * migrations applied; each runs in its own write transaction. Never edit a released migration:
 * append a new one.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** 1-based; equals the `user_version` after it ran. */
  readonly version: number;
  readonly reason: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    reason: 'Articles with their analysis JSON, a full-text index on title and text, and MinHash band keys.',
    sql: `
      CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        uri           TEXT,
        title         TEXT,
        published     TEXT,
        source        TEXT,
        byline        TEXT,
        language      TEXT,
        text          TEXT NOT NULL,
        words         INTEGER NOT NULL,
        -- Deferred, so a save can mark the old version superseded before the new row exists.
        duplicate_of  TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
        superseded_by TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
        ingested_at   TEXT NOT NULL,
        analysis      TEXT NOT NULL CHECK (json_valid(analysis))
      ) STRICT;
      CREATE INDEX articles_uri ON articles(uri) WHERE uri IS NOT NULL;
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
      CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

      -- External-content FTS5 index: the text is stored once, in articles (sqlite.org/fts5.html 4.4.3).
      -- unicode61 with remove_diacritics 2 so "Kyiv" and "Kyïv" match.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content = 'articles', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;

      -- Near-duplicate detection (src/clean/near-duplicates.ts): one signature per article that was
      -- long enough to fingerprint, and one row per LSH band key.
      CREATE TABLE article_minhash (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature  BLOB NOT NULL
      ) STRICT;
      CREATE TABLE article_bands (
        band_key   TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands(article_id);
    `,
  },
  {
    version: 2,
    reason:
      'Stored corpus results (ledger, escalation index) and a generation counter that every content-changing save bumps, so a stored result says which contents it was computed from.',
    sql: `
      CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO store_meta (key, value) VALUES ('generation', 0);
      CREATE TABLE corpus_results (
        name        TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        computed_at TEXT NOT NULL,
        body        TEXT NOT NULL CHECK (json_valid(body))
      ) STRICT;
    `,
  },
];

/** The schema version this code writes and reads. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Reads `PRAGMA user_version`. */
export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every migration above the database's version, each in its own IMMEDIATE transaction that
 * re-reads the version first, so two processes opening a new file at once apply each step once.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const migration of migrations) {
    if (schemaVersion(db) >= migration.version) continue;
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      // user_version takes no bound parameter; the value is an integer from the list above.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
