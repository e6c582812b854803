import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrinkError } from '../core/errors.ts';
import type { IngestItem } from '../core/raw-document.ts';
import { countInputFiles, readInputs, type ReadOptions } from './index.ts';

async function collect(inputs: readonly string[], options: ReadOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'brink-index-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

test('files, directories, stdin and URLs are read in input order', async (t) => {
  const root = await tree({
    'one.txt': 'First article.',
    'dir/two.md': '# Two\n\nSecond.',
    'dir/three.json': '[{"text":"Third"},{"text":"Fourth","title":"4"}]',
  });
  t.after(() => rm(root, { recursive: true, force: true }));
  const seen: string[] = [];
  const items = await collect([join(root, 'one.txt'), join(root, 'dir'), '-', 'https://u.example/p'], {
    stdin: Readable.from([Buffer.from('{"text":"From stdin"}\n')]),
    fetch: () => Promise.resolve(new Response('<p>From the web</p>', { headers: { 'content-type': 'text/html' } })),
    onInput: (input) => seen.push(input),
  });
  const summary = items.map((i) => (i.ok ? `${i.doc.origin}:${i.doc.format}:${i.doc.content}` : i.diagnostic.reason));
  assert.deepEqual(summary, [
    'file:text:First article.',
    'json:text:Third',
    'json:text:Fourth',
    'file:markdown:# Two\n\nSecond.',
    'jsonl:text:From stdin',
    'url:html:<p>From the web</p>',
  ]);
  assert.equal(seen.length, 5);
  assert.equal(await countInputFiles([join(root, 'one.txt'), join(root, 'dir'), '-', 'https://u.example/p']), 5);
});

test('stdin format can be given instead of sniffed', async () => {
  const items = await collect(['-'], { stdin: Readable.from(['<p>not html here</p>']), stdinFormat: 'text' });
  assert.ok(items[0]?.ok);
  assert.equal(items[0].doc.format, 'text');
  assert.equal(items[0].doc.uri, 'stdin');
  assert.equal(items[0].doc.origin, 'stdin');
});

test('--format forces single-document files but not containers', async (t) => {
  const root = await tree({ 'page.txt': '<p>x</p>', noext: 'plain', 'list.jsonl': '{"text":"y"}' });
  t.after(() => rm(root, { recursive: true, force: true }));
  const items = await collect([join(root, 'page.txt'), join(root, 'noext'), join(root, 'list.jsonl')], { format: 'html' });
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.format : 'error')),
    ['html', 'html', 'text'],
  );
  const sniffed = await collect([join(root, 'noext')]);
  assert.ok(sniffed[0]?.ok && sniffed[0].doc.format === 'text');
});

test('misuse of the API throws BrinkError before anything is read', () => {
  assert.throws(
    () => readInputs(['a'], { maxBytes: 0 }),
    (e: unknown) => e instanceof BrinkError && e.kind === 'usage',
  );
  assert.throws(
    () => readInputs(['-', '-']),
    (e: unknown) => e instanceof BrinkError && /"-" given more than once/.test(e.message),
  );
});
