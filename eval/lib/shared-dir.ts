import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the public evaluation data lives: `$BRINK_SHARED`, else `../shared` beside the project
 * (the layout the workplace mounts). Returns null when neither exists, so callers can skip.
 */
export function findSharedDir(): string | null {
  const candidates = [process.env['BRINK_SHARED'], resolve(projectRoot, '../shared')];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return resolve(candidate);
  }
  return null;
}
