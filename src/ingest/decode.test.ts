import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBytes, resolveLabel } from './decode.ts';
import { normalizeText } from './normalize-text.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

test('byte order marks choose the encoding and are removed', () => {
  const cases = [
    { name: 'UTF-8 BOM', input: bytes(0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9), encoding: 'utf-8' },
    { name: 'UTF-16 LE BOM', input: bytes(0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00), encoding: 'utf-16le' },
    { name: 'UTF-16 BE BOM', input: bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9), encoding: 'utf-16be' },
  ];
  for (const c of cases) {
    const decoded = decodeBytes(c.input);
    assert.equal(decoded.text, 'hé', c.name);
    assert.equal(decoded.encoding, c.encoding, c.name);
    assert.deepEqual(decoded.diagnostics, [], c.name);
  }
});

test('UTF-16 without a BOM is recognised by its NUL pattern in both byte orders', () => {
  const text = 'Ceasefire talks resume in Doha — officials';
  const le = decodeBytes(iconv.encode(text, 'utf-16le'));
  const be = decodeBytes(iconv.encode(text, 'utf-16be'));
  assert.equal(le.encoding, 'utf-16le');
  assert.equal(le.text, text);
  assert.equal(be.encoding, 'utf-16be');
  assert.equal(be.text, text);
});

test('a meta charset in the first 1024 bytes decides the encoding of HTML', () => {
  const cyrillic = iconv.encode('<html><head><meta charset="windows-1251"></head><body>Киев</body></html>', 'windows-1251');
  assert.match(decodeBytes(cyrillic, { kind: 'html' }).text, /Киев/);
  const httpEquiv = Buffer.concat([
    ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'),
    bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94),
  ]);
  const decoded = decodeBytes(httpEquiv, { kind: 'html' });
  // WHATWG maps the iso-8859-1 label to windows-1252, so 0x93/0x94 are curly quotes.
  assert.equal(decoded.encoding, 'windows-1252');
  assert.match(decoded.text, /“Café”/);
  assert.deepEqual(decoded.diagnostics, []);
});

test('a meta charset after the first 1024 bytes is not seen, as in browsers', () => {
  const late = Buffer.concat([ascii(`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1251">`), iconv.encode('Киев', 'windows-1251')]);
  const decoded = decodeBytes(late, { kind: 'html' });
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.diagnostics.length, 1);
});

test('the XML declaration decides the encoding of feeds, and the HTTP charset beats it', () => {
  const feed = Buffer.concat([
    ascii('<?xml version="1.0" encoding="ISO-8859-2"?><rss>'),
    iconv.encode('Łódź', 'iso-8859-2'),
    ascii('</rss>'),
  ]);
  assert.match(decodeBytes(feed, { kind: 'xml' }).text, /Łódź/);
  const overridden = decodeBytes(feed, { kind: 'xml', transportCharset: 'windows-1252' });
  assert.equal(overridden.encoding, 'windows-1252');
});

test('invalid UTF-8 falls back to windows-1252 with a non-fatal diagnostic', () => {
  const decoded = decodeBytes(bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80), { where: 'a.txt' });
  assert.equal(decoded.text, '“Hi” – €');
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.diagnostics.length, 1);
  assert.equal(decoded.diagnostics[0]?.fatal, false);
  assert.match(decoded.diagnostics[0]?.reason ?? '', /^Unexpected invalid UTF-8 in a\.txt, expected UTF-8; decoded as windows-1252/);
});

test('mostly valid UTF-8 with one stray byte keeps UTF-8 and replaces the byte', () => {
  const input = Buffer.concat([Buffer.from('Zürich café naïve ', 'utf8'), bytes(0xff)]);
  const decoded = decodeBytes(input);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.text, 'Zürich café naïve \uFFFD');
  assert.match(decoded.diagnostics[0]?.reason ?? '', /Unexpected 1 invalid UTF-8 sequence/);
});

test('an unknown charset label is reported and UTF-8 is tried', () => {
  const decoded = decodeBytes(ascii('<meta charset="klingon-8"><p>ok</p>'), { kind: 'html', where: 'x.html' });
  assert.equal(decoded.encoding, 'utf-8');
  assert.match(decoded.diagnostics[0]?.reason ?? '', /Unexpected unknown charset "klingon-8" in x\.html/);
});

test('labels resolve as the WHATWG Encoding standard says', () => {
  const table = [
    ['ISO-8859-1', 'windows-1252'],
    ['us-ascii', 'windows-1252'],
    ['utf-16', 'utf-8'],
    ['windows-1251', 'windows-1251'],
    ['no-such-charset', undefined],
  ] as const;
  for (const [label, expected] of table) assert.equal(resolveLabel(label), expected, label);
});

test('normalisation makes line endings LF, drops C0 controls but tab, strips BOMs and composes NFC', () => {
  const table = [
    ['a\r\nb\rc\n', 'a\nb\nc\n'],
    ['\uFEFFtitle', 'title'],
    ['tab\tkept\u0000\u0007\u001B gone', 'tab\tkept gone'],
    ['cafe\u0301', 'café'],
  ] as const;
  for (const [input, expected] of table) assert.equal(normalizeText(input), expected, JSON.stringify(input));
});

const KINDS = ['html', 'xml', 'text'] as const;

test('decoding never throws and its text is always normalised', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...KINDS), (input, kind) => {
      const { text } = decodeBytes(input, { kind });
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(text, /[\r\u0000-\u0008\u000B-\u001F]/);
      assert.equal(text, normalizeText(text));
    }),
    { numRuns: 300 },
  );
});
