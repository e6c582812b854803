import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walkFiles, type WalkOptions } from './walk.ts';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'brink-walk-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function walk(root: string, options: WalkOptions = {}): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for await (const entry of walkFiles(root, options)) {
    if (entry.kind === 'file') files.push(relative(root, entry.path));
    else errors.push(entry.diagnostic.reason);
  }
  return { files, errors };
}

const FILES = {
  'a.txt': 'a',
  'b.html': 'b',
  'notes.docx': 'x',
  'sub/c.md': 'c',
  'sub/deeper/d.jsonl': 'd',
  'node_modules/pkg/e.txt': 'e',
  '.git/HEAD.txt': 'f',
  '.hidden.txt': 'g',
  'sub/.cache/h.txt': 'h',
};

test('by default every supported extension is read and dependency, VCS and hidden entries are skipped', async (t) => {
  const root = await tree(FILES);
  t.after(() => rm(root, { recursive: true, force: true }));
  const { files, errors } = await walk(root);
  assert.deepEqual(files, ['a.txt', 'b.html', 'sub/c.md', 'sub/deeper/d.jsonl']);
  assert.deepEqual(errors, []);
});

test('include and exclude globs replace the defaults; bare patterns match base names', async (t) => {
  const root = await tree(FILES);
  t.after(() => rm(root, { recursive: true, force: true }));
  const table: ReadonlyArray<readonly [WalkOptions, string[]]> = [
    [{ include: ['*.txt'] }, ['a.txt']],
    [{ include: ['sub/**'] }, ['sub/c.md', 'sub/deeper/d.jsonl']],
    [
      { exclude: ['deeper'] },
      ['.hidden.txt', 'a.txt', 'b.html', '.git/HEAD.txt', 'node_modules/pkg/e.txt', 'sub/c.md', 'sub/.cache/h.txt'],
    ],
    [{ include: ['*.md', '*.txt'], exclude: ['node_modules', '.*', 'a.txt'] }, ['sub/c.md']],
  ];
  for (const [options, expected] of table) {
    const { files } = await walk(root, options);
    assert.deepEqual([...files].sort(), [...expected].sort(), JSON.stringify(options));
  }
});

test('a symlink loop is reported once and not followed; symlinks to files are followed', async (t) => {
  const root = await tree({ 'a/x.txt': 'x', 'target.txt': 't' });
  t.after(() => rm(root, { recursive: true, force: true }));
  await symlink('..', join(root, 'a', 'up'));
  await symlink(join(root, 'target.txt'), join(root, 'a', 'link.txt'));
  const { files, errors } = await walk(root);
  assert.deepEqual(files, ['target.txt', 'a/link.txt', 'a/x.txt']);
  assert.equal(errors.length, 1);
  assert.match(
    errors[0] ?? '',
    /^Unexpected symlink loop at .*a\/up \(it leads back to a parent directory\), expected a tree; not followed$/,
  );
});

test('a directory reached by two links is walked once, and a dangling link is reported', async (t) => {
  const root = await tree({ 'shared/s.txt': 's' });
  t.after(() => rm(root, { recursive: true, force: true }));
  await symlink(join(root, 'shared'), join(root, 'alias'));
  await symlink(join(root, 'missing.txt'), join(root, 'dangling.txt'));
  const { files, errors } = await walk(root);
  assert.deepEqual(files, ['alias/s.txt']);
  assert.equal(errors.length, 1);
  assert.match(errors[0] ?? '', /^No such file or directory: .*dangling\.txt$/);
});

test('walking a missing root yields one diagnostic', async () => {
  const { files, errors } = await walk(join(tmpdir(), 'brink-no-such-dir-for-walk'));
  assert.deepEqual(files, []);
  assert.match(errors[0] ?? '', /^No such file or directory: /);
});
