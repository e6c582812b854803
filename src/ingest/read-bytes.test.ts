import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { IngestItem } from '../core/raw-document.ts';
import { readBytes, type BytesContext } from './read-bytes.ts';

async function read(bytes: Uint8Array, format: BytesContext['format']): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readBytes(bytes, { where: 'in', origin: 'stdin', format })) out.push(item);
  return out;
}

const FORMATS = ['auto', 'html', 'text', 'markdown', 'jsonl', 'json', 'feed', 'rss', 'atom'] as const;

test('sniffed input is routed to the matching reader', async () => {
  const table = [
    ['<p>Hello</p>', 'stdin:html'],
    ['Just words.', 'stdin:text'],
    ['{"text":"a"}\n{"text":"b"}', 'jsonl:text,jsonl:text'],
    ['[{"text":"a"}]', 'json:text'],
    ['<rss><channel><item><description>x</description></item></channel></rss>', 'rss:text'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>x</content></entry></feed>', 'atom:text'],
  ] as const;
  for (const [input, expected] of table) {
    const items = await read(new TextEncoder().encode(input), 'auto');
    assert.equal(items.map((i) => (i.ok ? `${i.doc.origin}:${i.doc.format}` : i.diagnostic.reason)).join(','), expected, input);
  }
});

test('a feed extension holding an HTML page is read as HTML', async () => {
  const [item] = await read(new TextEncoder().encode('<html><body><p>Page</p></body></html>'), 'feed');
  assert.ok(item?.ok && item.doc.format === 'html');
});

test('any bytes in any format give at least one item and never throw', async () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{"text":"x"}\n{', '[{"html":"<p>y</p>"}', '<rss><channel><item>', '<feed><entry><summary>s</summary></entry></feed>'),
  );
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 120 }),
    text.map((s) => new TextEncoder().encode(s)),
  );
  await fc.assert(
    fc.asyncProperty(bytes, fc.constantFrom(...FORMATS), async (input, format) => {
      const items = await read(input, format);
      for (const item of items) {
        if (item.ok) assert.notEqual(item.doc.content.trim(), '');
        else assert.equal(item.diagnostic.fatal, true);
      }
      assert.ok(items.length >= 1, 'no input vanishes without an item');
    }),
    { numRuns: 300 },
  );
});

test('decoding warnings about a whole feed reach every item', async () => {
  const rss = Buffer.concat([
    Buffer.from('<rss version="2.0"><channel><item><description>'),
    Buffer.from([0x93]),
    Buffer.from('Quoted'),
    Buffer.from([0x94]),
    Buffer.from('</description></item></channel></rss>'),
  ]);
  const [item] = await read(rss, 'feed');
  assert.ok(item?.ok);
  assert.equal(item.doc.content, '“Quoted”');
  assert.equal(item.doc.diagnostics[0]?.ruleId, 'ingest/invalid-utf8');
});
