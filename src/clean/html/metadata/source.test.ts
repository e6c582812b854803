import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSource, hostOf } from './source.ts';

test('drops service prefixes from the host but keeps a bare domain whole', () => {
  const table: [string, string | null][] = [
    ['https://www.reuters.com/world/', 'reuters.com'],
    ['https://m.example.co.uk/a', 'example.co.uk'],
    ['https://amp.www.example.org/a', 'example.org'],
    ['https://news.example.org/a', 'news.example.org'],
    ['https://www.com/a', 'www.com'],
    ['nonsense', null],
  ];
  for (const [url, host] of table) assert.equal(hostOf(url), host, url);
});

test('prefers a declared site name to the host', () => {
  assert.equal(chooseSource(['Harbour Times'], 'https://www.harbourtimes.com/a'), 'Harbour Times');
  assert.equal(chooseSource([null, '  '], 'https://www.harbourtimes.com/a'), 'harbourtimes.com');
  assert.equal(chooseSource(['https://www.harbourtimes.com'], undefined), 'harbourtimes.com');
  assert.equal(chooseSource([], undefined), null);
});
