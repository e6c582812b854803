import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from '../core/raw-document.ts';
import { gunzipLimited, withoutGzExtension } from './gunzip.ts';
import { readInputs } from './index.ts';

test('decompressed output is allowed up to maxBytes and refused one byte over', () => {
  const packed = gzipSync(Buffer.alloc(1000, 0x61));
  const atLimit = gunzipLimited(packed, 1000, 'a.gz');
  assert.ok(atLimit.ok && atLimit.bytes.length === 1000);
  const over = gunzipLimited(packed, 999, 'a.gz');
  assert.ok(!over.ok);
  assert.equal(
    over.diagnostic.reason,
    'Unexpected size more than 999 (decompressed) bytes in a.gz, expected at most 999 bytes (raise the limit with --max-bytes)',
  );
});

test('corrupt gzip data is a fatal diagnostic', () => {
  const packed = gzipSync(Buffer.from('hello world'));
  const result = gunzipLimited(packed.subarray(0, packed.length - 6), 1000, 'cut.gz');
  assert.ok(!result.ok);
  assert.match(result.diagnostic.reason, /^Unexpected corrupt gzip data in cut\.gz \(.+\), expected a complete gzip file$/);
});

test('the inner extension of a gzipped file decides its format', async (t) => {
  assert.equal(withoutGzExtension('a/page.html.GZ'), 'a/page.html');
  const root = await mkdtemp(join(tmpdir(), 'brink-gz-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await writeFile(join(root, 'page.html.gz'), gzipSync('<p>Zipped page</p>'));
  await writeFile(join(root, 'dump.jsonl.gz'), gzipSync('{"text":"a"}\n{"text":"b"}\n'));
  const items: IngestItem[] = [];
  for await (const item of readInputs([root])) items.push(item);
  assert.deepEqual(
    items.map((i) => (i.ok ? `${i.doc.origin}:${i.doc.format}:${i.doc.content}` : i.diagnostic.reason)),
    ['jsonl:text:a', 'jsonl:text:b', 'file:html:<p>Zipped page</p>'],
  );
});
