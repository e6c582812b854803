/**
 * Walks a directory tree lazily (an async generator: one directory listing in memory at a time),
 * following symlinks to files and directories. A symlink that leads back to a directory on the
 * current path is a loop: reported once, not followed. A directory reached twice by different links
 * is walked once. Errors on one entry are reported and the walk goes on.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic } from '../core/diagnostic.ts';
import { SUPPORTED_EXTENSIONS } from './detect-format.ts';
import { fatal, fsErrorDiagnostic } from './diagnostics.ts';

const EXTENSION_LIST = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');

/** Globs a walked file must match by default: every supported extension, plain or gzipped. */
export const DEFAULT_INCLUDE: readonly string[] = [`*.{${EXTENSION_LIST}}`, `*.{${EXTENSION_LIST}}.gz`];

/** Globs skipped by default: dependency and VCS folders, and hidden files and folders. */
export const DEFAULT_EXCLUDE: readonly string[] = ['node_modules', '.git', '.*'];

export interface WalkOptions {
  /** Replaces DEFAULT_INCLUDE. Patterns without a slash match the base name (`*.txt`). */
  readonly include?: readonly string[];
  /** Replaces DEFAULT_EXCLUDE. A matching directory is not descended into. */
  readonly exclude?: readonly string[];
}

export type WalkEntry = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'error'; readonly diagnostic: Diagnostic };

interface Frame {
  readonly dir: string;
  /** Identities (dev:ino) of this directory and its ancestors, to recognise loops. */
  readonly ancestors: ReadonlySet<string>;
}

/** Yields the files under `root` that pass the globs: a directory's files by name, then its subdirectories by name. */
export async function* walkFiles(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  const included = matcher(options.include ?? DEFAULT_INCLUDE);
  const excluded = matcher(options.exclude ?? DEFAULT_EXCLUDE);
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  let rootStat;
  try {
    rootStat = await stat(root);
  } catch (error) {
    yield { kind: 'error', diagnostic: fsErrorDiagnostic(error, root) };
    return;
  }
  const walked = new Set<string>([identity(rootStat)]);
  const stack: Frame[] = [{ dir: root, ancestors: new Set([identity(rootStat)]) }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    let names: string[];
    try {
      names = (await readdir(frame.dir)).sort();
    } catch (error) {
      yield { kind: 'error', diagnostic: fsErrorDiagnostic(error, frame.dir) };
      continue;
    }
    const subdirs: Frame[] = [];
    for (const name of names) {
      const path = join(frame.dir, name);
      const relPath = rel(path);
      if (excluded(relPath)) continue;
      let info;
      try {
        info = await stat(path); // follows symlinks
      } catch (error) {
        yield { kind: 'error', diagnostic: fsErrorDiagnostic(error, path) };
        continue;
      }
      if (info.isDirectory()) {
        const id = identity(info);
        if (frame.ancestors.has(id)) {
          yield {
            kind: 'error',
            diagnostic: fatal(
              'symlink-loop',
              `Unexpected symlink loop at ${path} (it leads back to a parent directory), expected a tree; not followed`,
              {
                file: path,
              },
            ),
          };
          continue;
        }
        if (walked.has(id)) continue;
        walked.add(id);
        subdirs.push({ dir: path, ancestors: new Set([...frame.ancestors, id]) });
      } else if (info.isFile() && included(relPath)) {
        yield { kind: 'file', path };
      }
    }
    // Reverse so the first subdirectory by name is popped (walked) first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as Frame);
  }
}

/**
 * Patterns without a slash match the base name at any depth (`*.txt`, `node_modules`), as in
 * .gitignore; patterns with a slash match the path relative to the walked directory. `dot: true`
 * because hidden names are excluded by an explicit pattern (`.*`), not by the glob engine.
 */
function matcher(patterns: readonly string[]): (relPath: string) => boolean {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const nameMatch = byName.length > 0 ? picomatch(byName, { dot: true }) : () => false;
  const pathMatch = byPath.length > 0 ? picomatch(byPath, { dot: true }) : () => false;
  return (relPath) => pathMatch(relPath) || nameMatch(relPath.slice(relPath.lastIndexOf('/') + 1));
}

function identity(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
