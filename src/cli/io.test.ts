import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { exitOnClosedPipe } from './io.ts';

function streamError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

test('a closed pipe (EPIPE) on output ends the command quietly', () => {
  const out = new PassThrough();
  let exits = 0;
  exitOnClosedPipe(out, () => exits++);
  out.emit('error', streamError('EPIPE'));
  assert.equal(exits, 1);
});

test('any other output error is not swallowed', () => {
  const out = new PassThrough();
  let exits = 0;
  exitOnClosedPipe(out, () => exits++);
  assert.throws(() => out.emit('error', streamError('ENOSPC')), /ENOSPC/);
  assert.equal(exits, 0);
});
