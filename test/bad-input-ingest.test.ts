/**
 * Every bad input the ingest layer must survive, each read inside a batch next to a good input to
 * show that one bad input never stops the rest. Inputs are real temp files; URLs come from a fetch
 * function written here (the injection point, no network).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { chmod, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { IngestItem } from '../src/core/raw-document.ts';
import { countInputFiles, readInputs, type ReadOptions } from '../src/ingest/index.ts';

const GOOD = 'A good article that must still be read.';

async function collect(inputs: readonly string[], options: ReadOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

/** Writes files (string or bytes) under a fresh temp dir; returns the dir. */
async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'brink-bad-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** Reads `bad` then a good file in one batch; returns the bad input's items and checks the good one. */
async function readBesideGood(bad: string, root: string, options: ReadOptions = {}): Promise<IngestItem[]> {
  const good = join(root, 'zz-good.txt');
  await writeFile(good, GOOD);
  const items = await collect([bad, good], options);
  const last = items.at(-1);
  assert.ok(last?.ok && last.doc.content === GOOD, 'the good input after the bad one is still read');
  return items.slice(0, -1);
}

function onlyFatal(items: readonly IngestItem[]): string {
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item && !item.ok, 'a fatal diagnostic');
  assert.equal(item.diagnostic.fatal, true);
  assert.equal(item.diagnostic.source, 'ingest');
  return item.diagnostic.reason;
}

test('a missing path is a fatal diagnostic naming it', async (t) => {
  const root = await tree({});
  t.after(() => rm(root, { recursive: true, force: true }));
  const missing = join(root, 'nope.txt');
  assert.equal(onlyFatal(await readBesideGood(missing, root)), `No such file or directory: ${missing}`);
});

test('empty and whitespace-only files are fatal diagnostics', async (t) => {
  const root = await tree({ 'empty.txt': '', 'blank.md': ' \n\t\r\n ', 'blank.html': '\uFEFF  ' });
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const name of ['empty.txt', 'blank.md', 'blank.html']) {
    const path = join(root, name);
    assert.equal(onlyFatal(await readBesideGood(path, root)), `Unexpected empty file ${path}, expected article text`);
  }
});

test('binary content is refused whatever the extension', async (t) => {
  // NULs on both byte parities, so this is not UTF-16, and no known signature: the NUL test decides.
  const blob = Uint8Array.from([0x10, 0, 0, 0x20, 0x30, 0, 0, 0x40, 0x7f, 0xfe, 0x01, 0x00]);
  const root = await tree({ 'image.bin': blob, 'fake.txt': blob, 'fake.jsonl': blob });
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const name of ['image.bin', 'fake.txt', 'fake.jsonl']) {
    const path = join(root, name);
    assert.equal(
      onlyFatal(await readBesideGood(path, root)),
      `Unexpected binary content (NUL bytes) in ${path}, expected text, HTML, JSON Lines, RSS or Atom`,
    );
  }
});

test('a PDF passed by mistake is named as such', async (t) => {
  const root = await tree({ 'report.pdf': '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n' });
  t.after(() => rm(root, { recursive: true, force: true }));
  const path = join(root, 'report.pdf');
  assert.equal(
    onlyFatal(await readBesideGood(path, root)),
    `Unexpected binary content (PDF document) in ${path}, expected text, HTML, JSON Lines, RSS or Atom`,
  );
});

test('a symlink cycle between two file links is a diagnostic, not a hang', async (t) => {
  const root = await tree({});
  t.after(() => rm(root, { recursive: true, force: true }));
  await symlink(join(root, 'b.txt'), join(root, 'a.txt'));
  await symlink(join(root, 'a.txt'), join(root, 'b.txt'));
  const path = join(root, 'a.txt');
  assert.equal(onlyFatal(await readBesideGood(path, root)), `Unexpected symlink loop at ${path}, expected a link that resolves`);
});

test('a .json file holding JSON Lines is read line by line', async (t) => {
  const root = await tree({ 'export.json': '{"text":"a"}\n{"text":"b"}\n' });
  t.after(() => rm(root, { recursive: true, force: true }));
  const items = await readBesideGood(join(root, 'export.json'), root);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.content : i.diagnostic.reason)),
    ['a', 'b'],
  );
});

test('a file over maxBytes is refused naming its size, the limit and the flag; at the limit it is read', async (t) => {
  const root = await tree({ 'big.txt': 'x'.repeat(101), 'edge.txt': 'y'.repeat(100) });
  t.after(() => rm(root, { recursive: true, force: true }));
  const big = join(root, 'big.txt');
  assert.equal(
    onlyFatal(await readBesideGood(big, root, { maxBytes: 100 })),
    `Unexpected size 101 bytes in ${big}, expected at most 100 bytes (raise the limit with --max-bytes)`,
  );
  const [edge] = await collect([join(root, 'edge.txt')], { maxBytes: 100 });
  assert.ok(edge?.ok);
  const [stdin] = await collect(['-'], { maxBytes: 100, stdin: Readable.from([Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x61)]) });
  assert.ok(stdin && !stdin.ok);
  assert.match(stdin.diagnostic.reason, /^Unexpected size more than 100 bytes in stdin/);
});

test('an unreadable file is a permission diagnostic, and the walk goes on past an unreadable directory', async (t) => {
  const root = await tree({ 'secret.txt': 'hidden', 'tree/locked/inside.txt': 'x', 'tree/open.txt': GOOD });
  t.after(async () => {
    await chmod(join(root, 'tree', 'locked'), 0o755);
    await rm(root, { recursive: true, force: true });
  });
  await chmod(root, 0o755);
  await chmod(join(root, 'tree'), 0o755);
  await chmod(join(root, 'secret.txt'), 0o000);
  await chmod(join(root, 'tree', 'locked'), 0o000);
  const inputs = [join(root, 'secret.txt'), join(root, 'tree')];
  let reasons: string[];
  if (process.getuid?.() === 0) {
    // Root bypasses file permissions (CAP_DAC_OVERRIDE), so read as the unprivileged "nobody" user.
    const entry = fileURLToPath(new URL('../src/ingest/index.ts', import.meta.url));
    const script = `import { readInputs } from ${JSON.stringify(entry)};
      for await (const i of readInputs(${JSON.stringify(inputs)})) console.log(JSON.stringify(i.ok ? i.doc.content : i.diagnostic.reason));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    assert.equal(run.status, 0, run.stderr);
    reasons = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string);
  } else {
    reasons = (await collect(inputs)).map((i) => (i.ok ? i.doc.content : i.diagnostic.reason));
  }
  assert.deepEqual(reasons, [
    `Unexpected permission denied reading ${inputs[0]}, expected a readable file or directory`,
    GOOD,
    `Unexpected permission denied reading ${join(root, 'tree', 'locked')}, expected a readable file or directory`,
  ]);
});

test('a directory loop via symlink is reported once and the walk ends', async (t) => {
  const root = await tree({ 'news/a.txt': 'Article A.', 'news/deep/b.txt': 'Article B.' });
  t.after(() => rm(root, { recursive: true, force: true }));
  await symlink('../..', join(root, 'news', 'deep', 'back'));
  const items = await collect([join(root, 'news')]);
  const loops = items.filter((i) => !i.ok && i.diagnostic.ruleId === 'ingest/symlink-loop');
  assert.equal(loops.length, 1);
  assert.deepEqual(
    items.filter((i) => i.ok).map((i) => (i.ok ? i.doc.content : '')),
    ['Article A.', 'Article B.'],
  );
  assert.equal(await countInputFiles([join(root, 'news')]), 2);
});

test('invalid UTF-8 is read as windows-1252 with a warning, so 0x93/0x94 become curly quotes', async (t) => {
  const root = await tree({ 'legacy.txt': Uint8Array.from([...Buffer.from('He said '), 0x93, ...Buffer.from('stop'), 0x94, 0x2e]) });
  t.after(() => rm(root, { recursive: true, force: true }));
  const [item] = await readBesideGood(join(root, 'legacy.txt'), root);
  assert.ok(item?.ok);
  assert.equal(item.doc.content, 'He said “stop”.');
  assert.equal(item.doc.diagnostics.length, 1);
  assert.equal(item.doc.diagnostics[0]?.fatal, false);
  assert.match(item.doc.diagnostics[0]?.reason ?? '', /windows-1252/);
});

test('UTF-16 is decoded with and without a BOM', async (t) => {
  const text = 'Talks resumed in Genève.\r\nSecond line.';
  const root = await tree({
    'le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    'be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
    'le-nobom.txt': iconv.encode(text, 'utf-16le'),
    'be-nobom.unknown': iconv.encode(text, 'utf-16be'),
  });
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const name of ['le-bom.txt', 'be-bom.txt', 'le-nobom.txt', 'be-nobom.unknown']) {
    const [item] = await readBesideGood(join(root, name), root);
    assert.ok(item?.ok, name);
    assert.equal(item.doc.content, 'Talks resumed in Genève.\nSecond line.', name);
  }
});

test('meta charset windows-1251 and iso-8859-1 decide how HTML is decoded', async (t) => {
  const root = await tree({
    'ru.html': iconv.encode(
      '<html><head><meta charset="windows-1251"><title>Т</title></head><body><p>Мирные переговоры</p></body></html>',
      'windows-1251',
    ),
    'fr.htm': iconv.encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Négociations à Genève</p></body></html>',
      'latin1',
    ),
  });
  t.after(() => rm(root, { recursive: true, force: true }));
  const [ru] = await readBesideGood(join(root, 'ru.html'), root);
  const [fr] = await readBesideGood(join(root, 'fr.htm'), root);
  assert.ok(ru?.ok && fr?.ok);
  assert.match(ru.doc.content, /Мирные переговоры/);
  assert.match(fr.doc.content, /Négociations à Genève/);
  assert.deepEqual([...ru.doc.diagnostics, ...fr.doc.diagnostics], []);
});

test('a truncated JSON Lines line is reported at file:line and the other lines are kept', async (t) => {
  const root = await tree({ 'batch.jsonl': '{"text":"one"}\n{"text":"two", "title": "cut\n{"text":"three"}\n' });
  t.after(() => rm(root, { recursive: true, force: true }));
  const path = join(root, 'batch.jsonl');
  const items = await readBesideGood(path, root);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.content : i.diagnostic.reason)),
    ['one', `Unexpected end of JSON at ${path}:2, expected one JSON object per line`, 'three'],
  );
});

test('an RSS file with bad XML is one fatal diagnostic naming the file and line', async (t) => {
  const root = await tree({
    'bad.rss': '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>Open</item>\n</channel>\n</rss>',
  });
  t.after(() => rm(root, { recursive: true, force: true }));
  const path = join(root, 'bad.rss');
  const reason = onlyFatal(await readBesideGood(path, root));
  assert.match(
    reason,
    new RegExp(`^Unexpected malformed XML \\(.+\\) in ${path.replace(/[.]/g, '\\.')}:4, expected a well-formed RSS 2\\.0 or Atom feed$`),
  );
});

test('an Atom feed with an .xml extension is read entry by entry', async (t) => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
    <entry><title>One</title><link href="https://d.example/1"/><updated>2026-03-01T00:00:00Z</updated><content type="html">&lt;p&gt;First&lt;/p&gt;</content></entry>
    <entry><title>Two</title></entry></feed>`;
  const root = await tree({ 'desk.xml': atom });
  t.after(() => rm(root, { recursive: true, force: true }));
  const items = await readBesideGood(join(root, 'desk.xml'), root);
  assert.equal(items.length, 2);
  assert.ok(items[0]?.ok && items[0].doc.content === '<p>First</p>' && items[0].doc.meta.source === 'Desk');
  assert.ok(items[1] && !items[1].ok && items[1].diagnostic.line === 2);
});

test('stdin is read and sniffed', async () => {
  const rss = '<rss version="2.0"><channel><title>S</title><item><description>Piped in</description></item></channel></rss>';
  const [item] = await collect(['-'], { stdin: Readable.from([Buffer.from(rss.slice(0, 20)), Buffer.from(rss.slice(20))]) });
  assert.ok(item?.ok);
  assert.equal(item.doc.uri, 'stdin#item-1');
  assert.equal(item.doc.content, 'Piped in');
  const [empty] = await collect(['-'], { stdin: Readable.from([]) });
  assert.ok(empty && !empty.ok && empty.diagnostic.reason === 'Unexpected empty file stdin, expected article text');
});

test('URLs are fetched with the given fetch and failures name the URL', async (t) => {
  const root = await tree({});
  t.after(() => rm(root, { recursive: true, force: true }));
  const fetchImpl: typeof fetch = (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.endsWith('/down')) return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve(
      new Response(
        Buffer.concat([Buffer.from('<p>'), Buffer.from([0x93]), Buffer.from('Quoted'), Buffer.from([0x94]), Buffer.from('</p>')]),
        {
          headers: { 'content-type': 'text/html; charset=windows-1252' },
        },
      ),
    );
  };
  const items = await readBesideGood('https://n.example/down', root, { fetch: fetchImpl });
  assert.match(onlyFatal(items), /^Unexpected network error fetching https:\/\/n\.example\/down \(fetch failed\)/);
  const [page] = await collect(['https://n.example/ok'], { fetch: fetchImpl });
  assert.ok(page?.ok && page.doc.content === '<p>“Quoted”</p>');
});

test('include and exclude globs choose which files under a directory are read', async (t) => {
  const root = await tree({ 'in/a.txt': 'A', 'in/b.html': '<p>B</p>', 'in/drafts/c.txt': 'C', 'in/.hidden.txt': 'H', 'in/raw.csv': 'x,y' });
  t.after(() => rm(root, { recursive: true, force: true }));
  const contents = async (options: ReadOptions) =>
    (await collect([join(root, 'in')], options)).map((i) => (i.ok ? i.doc.content : i.diagnostic.reason));
  assert.deepEqual(await contents({}), ['A', '<p>B</p>', 'C']);
  assert.deepEqual(await contents({ include: ['*.txt'] }), ['A', 'C']);
  assert.deepEqual(await contents({ exclude: ['drafts', '.*'] }), ['A', '<p>B</p>']);
  assert.deepEqual(await contents({ include: ['*.csv'] }), ['x,y']);
  assert.equal(await countInputFiles([join(root, 'in')], { include: ['*.txt'] }), 2);
});
