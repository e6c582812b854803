import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './to-iso-date.ts';

test('container dates become ISO 8601, and ambiguous ones are refused', () => {
  const table: ReadonlyArray<readonly [string | number, string | undefined]> = [
    ['Mon, 02 Mar 2026 10:00:00 +0100', '2026-03-02T09:00:00.000Z'],
    ['Mon, 02 Mar 2026 10:00:00 GMT', '2026-03-02T10:00:00.000Z'],
    ['Mon, 02 Mar 2026 10:00:00 EST', '2026-03-02T15:00:00.000Z'],
    ['2026-03-02T10:00:00+02:00', '2026-03-02T10:00:00+02:00'],
    ['2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z'],
    ['2026-03-02', '2026-03-02'],
    ['2026-02-30', undefined],
    ['Mon, 02 Mar 2026 10:00:00', undefined],
    ['next Tuesday', undefined],
    ['', undefined],
    [1772445600, '2026-03-02T10:00:00.000Z'],
    [1772445600000, '2026-03-02T10:00:00.000Z'],
    [-1, undefined],
  ];
  for (const [input, expected] of table) assert.equal(toIsoDate(input), expected, String(input));
});
