import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSeconds, progressBar, REDRAW_MS, renderProgress } from './progress.ts';
import type { CliIo } from './io.ts';
import { Readable } from 'node:stream';

test('a known total shows a bar, the count, the rate and an ETA', () => {
  const line = renderProgress({ done: 5, total: 10, seconds: 2, unit: 'articles', label: 'a.html' });
  assert.match(line, /^\[#{12}\.{12}\] 5\/10 articles {2}2\.5 articles\/s {2}ETA 2s {2}a\.html$/);
});

test('an unknown total shows the count and rate without a bar', () => {
  assert.equal(renderProgress({ done: 3, total: null, seconds: 1, unit: 'articles', label: 'x' }), '3 articles  3.0 articles/s  x');
});

test('more items than the total (JSON Lines files hold many articles) keeps the bar full', () => {
  assert.match(renderProgress({ done: 30, total: 10, seconds: 1, unit: 'articles', label: '' }), /^\[#{24}\] 30\/10/);
});

test('long labels keep their end, where the file name is', () => {
  const line = renderProgress({ done: 1, total: null, seconds: 1, unit: 'a', label: `/very/long/${'x'.repeat(60)}/story.html` });
  assert.match(line, /…x+\/story\.html$/);
});

test('seconds format as s below a minute and m+s above', () => {
  assert.equal(formatSeconds(59.2), '60s');
  assert.equal(formatSeconds(60), '1m00s');
  assert.equal(formatSeconds(125), '2m05s');
});

function captureIo(interactive: boolean): CliIo & { errText: () => string } {
  let err = '';
  return { out: () => {}, err: (t) => (err += t), stdin: Readable.from([]), interactive, cwd: '.', errText: () => err };
}

test('nothing is drawn when stderr is not a terminal', () => {
  const io = captureIo(false);
  const bar = progressBar(io, 10, 'articles');
  bar.update(1, 'a');
  bar.finish();
  assert.equal(io.errText(), '');
});

test('redraws are throttled to one per REDRAW_MS', () => {
  const io = captureIo(true);
  let clock = 0;
  const bar = progressBar(io, 10, 'articles', () => clock);
  bar.update(1, 'a');
  clock = REDRAW_MS - 1;
  bar.update(2, 'b');
  clock = 2 * REDRAW_MS;
  bar.update(3, 'c');
  const draws = io.errText().split('\r\x1b[2K').filter(Boolean);
  assert.deepEqual(
    draws.map((d) => d.split(' ')[1]),
    ['1/10', '3/10'],
  );
});
