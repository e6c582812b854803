import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromHtmlMeta, detectUtf16WithoutBom, looksBinary } from './detect-encoding.ts';
import { EPOCH_MS_THRESHOLD, toIsoDate } from './to-iso-date.ts';
import {
  META_PRESCAN_BYTES,
  DEFAULT_MAX_BYTES,
  SNIFF_BYTES,
  UTF16_MIN_BYTES,
  UTF16_NUL_SHARE,
  UTF16_OTHER_PARITY_NUL_SHARE,
  validMaxBytes,
} from './limits.ts';

test('the default size limit is 50 MiB and maxBytes must be a positive integer', () => {
  assert.equal(DEFAULT_MAX_BYTES.value, 52_428_800);
  const table = [
    [undefined, 52_428_800],
    [1, 1],
    [0, undefined],
    [-5, undefined],
    [1.5, undefined],
    [Number.NaN, undefined],
  ] as const;
  for (const [input, expected] of table) assert.equal(validMaxBytes(input), expected, String(input));
});

test('a NUL byte makes input binary only inside the sniff window', () => {
  const atEdge = new Uint8Array(SNIFF_BYTES.value + 10).fill(0x61);
  atEdge[SNIFF_BYTES.value - 1] = 0;
  assert.equal(looksBinary(atEdge), true, 'last byte of the window');
  const beyond = new Uint8Array(SNIFF_BYTES.value + 10).fill(0x61);
  beyond[SNIFF_BYTES.value] = 0;
  assert.equal(looksBinary(beyond), false, 'first byte after the window');
});

/** Builds `units` UTF-16 LE code units of which `nulHigh` have a zero high byte, the rest 0x04 (Cyrillic). */
function utf16le(units: number, nulHigh: number): Uint8Array {
  const out = new Uint8Array(units * 2);
  for (let i = 0; i < units; i++) {
    out[2 * i] = 0x41;
    out[2 * i + 1] = i < nulHigh ? 0 : 0x04;
  }
  return out;
}

test('UTF-16 needs at least the NUL share on one parity', () => {
  const units = 100;
  const needed = Math.ceil(UTF16_NUL_SHARE.value * units);
  assert.equal(detectUtf16WithoutBom(utf16le(units, needed)), 'utf-16le', 'at the share');
  assert.equal(detectUtf16WithoutBom(utf16le(units, needed - 1)), undefined, 'just below the share');
});

test('UTF-16 tolerates only a small NUL share on the other parity', () => {
  const units = 100;
  const build = (otherNuls: number) => {
    const out = utf16le(units, units);
    for (let i = 0; i < otherNuls; i++) out[2 * i] = 0;
    return out;
  };
  const allowed = Math.floor(UTF16_OTHER_PARITY_NUL_SHARE.value * units);
  assert.equal(detectUtf16WithoutBom(build(allowed)), 'utf-16le', 'at the tolerance');
  assert.equal(detectUtf16WithoutBom(build(allowed + 1)), undefined, 'just over the tolerance');
});

test('UTF-16 detection needs a minimum number of bytes', () => {
  assert.equal(detectUtf16WithoutBom(Uint8Array.from([0x41, 0, 0x42, 0].slice(0, UTF16_MIN_BYTES.value))), 'utf-16le');
  assert.equal(detectUtf16WithoutBom(Uint8Array.from([0x41, 0])), undefined);
});

test('a meta charset is seen when it ends inside the prescan window and not when it ends after it', () => {
  const meta = '<meta charset="windows-1251">';
  const padTo = (end: number) => `<!--${'x'.repeat(end - meta.length - 7)}-->${meta}`;
  const inside = padTo(META_PRESCAN_BYTES.value);
  const outside = padTo(META_PRESCAN_BYTES.value + 1);
  assert.equal(Buffer.byteLength(inside), META_PRESCAN_BYTES.value);
  assert.equal(charsetFromHtmlMeta(Buffer.from(inside, 'latin1')), 'windows-1251');
  assert.equal(charsetFromHtmlMeta(Buffer.from(outside, 'latin1')), undefined);
});

test('epoch numbers below the threshold are seconds, at it milliseconds', () => {
  assert.equal(toIsoDate(EPOCH_MS_THRESHOLD - 1), new Date((EPOCH_MS_THRESHOLD - 1) * 1000).toISOString());
  assert.equal(toIsoDate(EPOCH_MS_THRESHOLD), new Date(EPOCH_MS_THRESHOLD).toISOString());
});
