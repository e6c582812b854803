import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BINARY_SIGNATURES, binaryDiagnostic, binaryFormatOf } from './binary-signatures.ts';

test('every binary signature names its format, and a signature cut short does not', () => {
  for (const sig of BINARY_SIGNATURES) {
    const bytes = Uint8Array.from([...sig.bytes, 0x41, 0x42]);
    assert.equal(binaryFormatOf(bytes), sig.name);
    assert.equal(binaryFormatOf(Uint8Array.from(sig.bytes.slice(0, -1))), undefined, `${sig.name} minus its last byte`);
  }
});

test('text that merely starts like a signature in words is not binary', () => {
  assert.equal(binaryDiagnostic(new TextEncoder().encode('%PDF of the report is attached.'), 'a.txt'), undefined);
  assert.equal(binaryDiagnostic(new TextEncoder().encode('GIF images are banned.'), 'a.txt'), undefined);
});

test('a PDF is named in the diagnostic', () => {
  const d = binaryDiagnostic(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.pdf');
  assert.equal(d?.reason, 'Unexpected binary content (PDF document) in report.pdf, expected text, HTML, JSON Lines, RSS or Atom');
  assert.equal(d?.fatal, true);
});
