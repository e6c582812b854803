import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import type { IngestItem } from '../core/raw-document.ts';
import { readUrl } from './read-url.ts';

/** A fetch that serves fixed responses by URL: the injection point, no network involved. */
function fakeFetch(routes: Record<string, () => Response>): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes[url];
    if (route === undefined) return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }));
    return Promise.resolve(route());
  };
}

async function read(url: string, fetchImpl: typeof fetch, maxBytes = 1 << 20): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readUrl(url, fetchImpl, maxBytes)) out.push(item);
  return out;
}

test('an HTML page is decoded with the HTTP charset and keeps its URL', async () => {
  const body = iconv.encode('<html><body><p>Переговоры в Киеве</p></body></html>', 'windows-1251');
  const fetchImpl = fakeFetch({
    'https://news.example/a': () => new Response(body, { headers: { 'content-type': 'text/html; charset=windows-1251' } }),
  });
  const [item] = await read('https://news.example/a', fetchImpl);
  assert.ok(item?.ok);
  assert.equal(item.doc.uri, 'https://news.example/a');
  assert.equal(item.doc.origin, 'url');
  assert.equal(item.doc.format, 'html');
  assert.equal(item.doc.meta.url, 'https://news.example/a');
  assert.match(item.doc.content, /Переговоры в Киеве/);
});

test('a feed URL is read as a feed by its content type, and an unlabelled body is sniffed', async () => {
  const rss = '<rss version="2.0"><channel><title>W</title><item><title>T</title><description>Body</description></item></channel></rss>';
  const fetchImpl = fakeFetch({
    'https://w.example/rss': () => new Response(rss, { headers: { 'content-type': 'application/rss+xml' } }),
    'https://w.example/unlabelled': () => new Response(rss, { headers: { 'content-type': 'application/octet-stream' } }),
  });
  for (const url of ['https://w.example/rss', 'https://w.example/unlabelled']) {
    const [item] = await read(url, fetchImpl);
    assert.ok(item?.ok, url);
    assert.equal(item.doc.origin, 'rss', url);
    assert.equal(item.doc.uri, `${url}#item-1`, url);
  }
});

test('network failures, HTTP errors and oversized bodies are diagnostics naming the URL', async () => {
  const endless = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(64).fill(0x61));
        },
      }),
    );
  const fetchImpl = fakeFetch({
    'https://x.example/404': () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    'https://x.example/big': () => new Response('x'.repeat(200), { headers: { 'content-length': '200' } }),
    'https://x.example/endless': endless,
  });
  const table = [
    [
      'https://x.example/offline',
      /^Unexpected network error fetching https:\/\/x\.example\/offline \(fetch failed: ENOTFOUND\), expected a reachable http\(s\) URL$/,
    ],
    ['https://x.example/404', /^Unexpected HTTP 404 Not Found from https:\/\/x\.example\/404, expected a 2xx response$/],
    [
      'https://x.example/big',
      /^Unexpected size 200 bytes in https:\/\/x\.example\/big, expected at most 100 bytes \(raise the limit with --max-bytes\)$/,
    ],
    ['https://x.example/endless', /^Unexpected size more than 100 bytes in https:\/\/x\.example\/endless, expected at most 100 bytes/],
  ] as const;
  for (const [url, reason] of table) {
    const items = await read(url, fetchImpl, 100);
    assert.equal(items.length, 1, url);
    assert.ok(items[0] && !items[0].ok, url);
    assert.match(items[0].diagnostic.reason, reason, url);
    assert.equal(items[0].diagnostic.file, url);
  }
});
