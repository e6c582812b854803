/**
 * Opens the store a location names. Callers (cli/, service/) use this and the `Store` interface
 * only, so adding a backend touches this file and the backend's folder, nothing else.
 */
import { BrinkError } from '../core/errors.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

/** Location schemes reserved for backends that do not exist yet. */
const PLANNED_SCHEMES = ['postgres:', 'postgresql:'];

/**
 * Opens a store: `postgres://...` is reserved for the planned PostgreSQL backend and fails with a
 * clear error; `sqlite:PATH`, `file:PATH` or a plain path open an SQLite file.
 */
export function openStore(location: string): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(location)?.[1]?.toLowerCase();
  if (scheme !== undefined && PLANNED_SCHEMES.includes(scheme)) {
    return Promise.reject(
      new BrinkError(
        'usage',
        `Unexpected store location ${scheme}//… (PostgreSQL is not available yet), expected a path to an SQLite file`,
      ),
    );
  }
  if (location.trim() === '') {
    return Promise.reject(new BrinkError('usage', 'Unexpected empty store location, expected a path to an SQLite file'));
  }
  if (scheme === 'sqlite:' || scheme === 'file:') {
    const path = location.slice(scheme.length).replace(/^\/\/(?=\/)/, '');
    return openSqliteStore(path);
  }
  return openSqliteStore(location);
}
