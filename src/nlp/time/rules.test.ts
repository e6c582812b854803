import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TIME_RULES } from './rules.ts';
import { parseAmount } from './lexicon.ts';
import { durationValue } from './rules-duration.ts';

describe('the rule tables', () => {
  it('give every rule a unique table/name id, a reason and a confidence in (0, 1]', () => {
    const ids = new Set<string>();
    for (const rule of TIME_RULES) {
      assert.match(rule.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.reason.length > 20, `rule ${rule.id} needs a reason`);
      assert.ok(rule.confidence > 0 && rule.confidence <= 1);
      assert.ok(rule.pattern.flags.includes('g') && rule.pattern.flags.includes('u'));
    }
  });

  it('compile patterns that never match the empty string', () => {
    for (const rule of TIME_RULES) assert.equal(new RegExp(rule.pattern.source, 'u').test(''), false, rule.id);
  });
});

describe('parseAmount', () => {
  const TABLE: readonly [string, number | null][] = [
    ['three', 3],
    ['twenty-four', 24],
    ['twenty four', 24],
    ['24', 24],
    ['2 1/2', 2.5],
    ['a', 1],
    ['a couple of', 2],
    ['several', null],
    ['thirty-twelve', null],
  ];
  for (const [raw, expected] of TABLE) it(`reads "${raw}" as ${String(expected)}`, () => assert.equal(parseAmount(raw), expected));
});

describe('durationValue', () => {
  const TABLE: readonly [number | null, string, string | null][] = [
    [3, 'days', 'P3D'],
    [null, 'weeks', 'PXW'],
    [24, 'hours', 'PT24H'],
    [2.5, 'years', 'P2Y6M'],
    [0.5, 'hour', 'PT30M'],
    [1, 'fortnight', 'P2W'],
    [2, 'decades', 'P2DE'],
    [1, 'weekend', null],
  ];
  for (const [amount, unit, expected] of TABLE)
    it(`writes ${String(amount)} ${unit} as ${String(expected)}`, () => assert.equal(durationValue(amount, unit), expected));
});
