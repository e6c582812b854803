import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFromExtension, formatFromMediaType, sniffFormat } from './detect-format.ts';
import { charsetFromContentType } from './detect-encoding.ts';

test('extensions map to formats, case-insensitively', () => {
  const table = [
    ['a.txt', 'text'],
    ['a.MD', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.htm', 'html'],
    ['a.xhtml', 'html'],
    ['a.jsonl', 'jsonl'],
    ['a.ndjson', 'jsonl'],
    ['a.json', 'json'],
    ['a.rss', 'feed'],
    ['a.atom', 'feed'],
    ['a.xml', 'feed'],
    ['a.docx', undefined],
    ['README', undefined],
  ] as const;
  for (const [path, expected] of table) assert.equal(formatFromExtension(path), expected, path);
});

test('content sniffing recognises feeds, HTML, JSON, JSON Lines and text', () => {
  const table = [
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'rss'],
    ['<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', 'rss'],
    ['<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['  <div class="a"><p>Body</p></div>', 'html'],
    ['[{"text":"a"}]', 'json'],
    ['{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['{\n  "text": "a"\n}', 'json'],
    ['Plain article text.\n\nSecond paragraph.', 'text'],
    ['Use a < b comparison', 'text'],
  ] as const;
  for (const [input, expected] of table) assert.equal(sniffFormat(input), expected, input);
});

test('media types map to formats and carry a charset', () => {
  assert.equal(formatFromMediaType('text/html; charset=utf-8'), 'html');
  assert.equal(formatFromMediaType('application/rss+xml'), 'rss');
  assert.equal(formatFromMediaType('application/atom+xml'), 'atom');
  assert.equal(formatFromMediaType('text/xml'), 'feed');
  assert.equal(formatFromMediaType('application/x-ndjson'), 'jsonl');
  assert.equal(formatFromMediaType('application/octet-stream'), undefined);
  assert.equal(formatFromMediaType(null), undefined);
  assert.equal(charsetFromContentType('text/html; charset="Windows-1251"'), 'windows-1251');
  assert.equal(charsetFromContentType('text/html'), undefined);
});
