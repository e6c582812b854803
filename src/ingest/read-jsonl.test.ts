import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { IngestItem } from '../core/raw-document.ts';
import { readJsonl } from './read-jsonl.ts';

async function read(text: string | Uint8Array, chunkSize = 7): Promise<IngestItem[]> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  // Small chunks so lines straddle chunk boundaries, as they do in real file streams.
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const out: IngestItem[] = [];
  for await (const item of readJsonl(Readable.from(chunks), { where: 'in.jsonl', origin: 'jsonl' })) out.push(item);
  return out;
}

test('each line becomes a document with its metadata, uri from url or path:LINE', async () => {
  const items = await read(
    '{"url":"https://ex.org/a","title":"A","published":"2026-03-02T10:00:00Z","source":"Ex","author":"Kim","text":"Body A"}\n' +
      '{"title":"B","html":"<p>Body B</p>"}\n',
  );
  assert.equal(items.length, 2);
  const [a, b] = items;
  assert.ok(a?.ok && b?.ok);
  assert.equal(a.doc.uri, 'https://ex.org/a');
  assert.equal(a.doc.format, 'text');
  assert.deepEqual(a.doc.meta, { url: 'https://ex.org/a', title: 'A', published: '2026-03-02T10:00:00Z', source: 'Ex', author: 'Kim' });
  assert.equal(b.doc.uri, 'in.jsonl:2');
  assert.equal(b.doc.format, 'html');
  assert.equal(b.doc.origin, 'jsonl');
});

test('common field aliases are accepted', async () => {
  const table = [
    ['{"content":"x","link":"https://l","date":"2026-01-02","outlet":"O"}', { url: 'https://l', published: '2026-01-02', source: 'O' }],
    [
      '{"body":"x","headline":"H","publishedAt":"2026-01-02","source":{"name":"NewsAPI name"}}',
      { title: 'H', published: '2026-01-02', source: 'NewsAPI name' },
    ],
    ['{"maintext":"x","authors":["A","B"],"date_publish":1772445600}', { author: 'A, B', published: '2026-03-02T10:00:00.000Z' }],
  ] as const;
  for (const [line, meta] of table) {
    const [item] = await read(line);
    assert.ok(item?.ok, line);
    assert.deepEqual(item.doc.meta, meta, line);
    assert.equal(item.doc.content, 'x');
  }
});

test('a truncated line is reported with file and line and the rest is kept', async () => {
  const items = await read('{"text":"one"}\n{"text":"tw\n{"text":"three"}\r\n');
  assert.equal(items.length, 3);
  const bad = items[1];
  assert.ok(bad && !bad.ok);
  assert.equal(bad.diagnostic.reason, 'Unexpected end of JSON at in.jsonl:2, expected one JSON object per line');
  assert.equal(bad.diagnostic.file, 'in.jsonl');
  assert.equal(bad.diagnostic.line, 2);
  assert.equal(bad.diagnostic.fatal, true);
  assert.ok(items[2]?.ok && items[2].doc.content === 'three');
});

test('lines that are not usable records get one diagnostic each', async () => {
  const table = [
    ['[1,2]', /^Unexpected array at in\.jsonl:1, expected one JSON object per line$/],
    ['"just a string"', /^Unexpected string at in\.jsonl:1/],
    ['{"title":"no body"}', /^Unexpected record without text or html at in\.jsonl:1, expected a "text" or "html" field$/],
    ['{"text":"   "}', /^Unexpected record without text or html/],
    ['{"text" "x"}', /^Unexpected invalid JSON \(.*\) at in\.jsonl:1/],
  ] as const;
  for (const [line, reason] of table) {
    const [item, extra] = await read(line);
    assert.equal(extra, undefined, line);
    assert.ok(item && !item.ok, line);
    assert.match(item.diagnostic.reason, reason, line);
  }
});

test('blank lines are skipped but line numbers still count them', async () => {
  const items = await read('\n\n{"text":"x"}\n\n');
  assert.equal(items.length, 1);
  assert.ok(items[0]?.ok && items[0].doc.uri === 'in.jsonl:3');
});

test('an unparseable date is dropped with a non-fatal diagnostic', async () => {
  const [item] = await read('{"text":"x","date":"sometime soon"}');
  assert.ok(item?.ok);
  assert.equal(item.doc.meta.published, undefined);
  assert.equal(item.doc.diagnostics[0]?.ruleId, 'ingest/bad-date');
  assert.equal(item.doc.diagnostics[0]?.line, 1);
});

test('a windows-1252 byte in one line is decoded for that line only', async () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text":"Zürich"}\n')]);
  const [a, b] = await read(bytes);
  assert.ok(a?.ok && b?.ok);
  assert.equal(a.doc.content, 'café');
  assert.equal(a.doc.diagnostics[0]?.ruleId, 'ingest/invalid-utf8');
  assert.equal(b.doc.content, 'Zürich');
  assert.deepEqual(b.doc.diagnostics, []);
});

test('UTF-16 JSON Lines are decoded whole before splitting', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"a"}\n{"text":"ü"}\n', 'utf16le')]);
  const items = await read(utf16);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.content : i.diagnostic.reason)),
    ['a', 'ü'],
  );
});

test('a file with no record is reported as empty', async () => {
  const items = await read('\n  \n');
  assert.equal(items.length, 1);
  assert.ok(items[0] && !items[0].ok);
  assert.match(items[0].diagnostic.reason, /^Unexpected empty file in\.jsonl, expected article text$/);
});

test('any input yields exactly one item per non-blank line and never throws', async () => {
  const line = fc.oneof(
    fc.string({ maxLength: 40 }).map((s) => s.replace(/[\n\r]/g, ' ')),
    fc.record({ text: fc.string(), title: fc.option(fc.string(), { nil: undefined }) }).map((r) => JSON.stringify(r)),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.integer({ min: 1, max: 16 }), async (lines, chunkSize) => {
      const items = await read(lines.join('\n'), chunkSize);
      // eslint-disable-next-line no-control-regex
      const nonBlank = lines.filter((l) => l.replace(/[\s\u0000-\u001F\uFEFF]/g, '') !== '').length;
      if (nonBlank === 0)
        assert.equal(items.length, 1); // the "empty file" diagnostic
      else assert.equal(items.length, nonBlank);
    }),
    { numRuns: 200 },
  );
});
