import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from './meaning.ts';
import { selectCandidates, withModifier } from './refine.ts';

function candidate(start: number, end: number, confidence = 0.9, value = '2022'): Candidate {
  return { start, end, type: 'DATE', meaning: { kind: 'fixed', value }, rule: 'test/rule', confidence };
}

describe('withModifier widens a date over a TimeML modifier', () => {
  const TABLE: readonly [string, string, string][] = [
    ['in late 2021', '2021', 'late 2021'],
    ['since mid-2021', '2021', 'mid-2021'],
    ['by the end of 2022', '2022', 'the end of 2022'],
    ['in early 2020', '2020', 'early 2020'],
    ['a year later 2021', '2021', '2021'],
    ['the past', 'past', 'past'],
  ];
  for (const [text, target, expected] of TABLE) {
    it(`reads "${expected}" in "${text}"`, () => {
      const start = text.lastIndexOf(target);
      const value = target === 'past' ? 'PAST_REF' : target;
      const widened = withModifier(text, candidate(start, start + target.length, 0.9, value));
      assert.equal(text.slice(widened.start, widened.end), expected);
    });
  }
});

describe('selectCandidates', () => {
  it('keeps the longest of overlapping candidates', () => {
    assert.deepEqual(selectCandidates([candidate(0, 5), candidate(0, 12), candidate(6, 12)]), [candidate(0, 12)]);
  });

  it('breaks a length tie by confidence', () => {
    assert.deepEqual(selectCandidates([candidate(0, 5, 0.7), candidate(1, 6, 0.9)]), [candidate(1, 6, 0.9)]);
  });

  it('returns survivors sorted by start', () => {
    assert.deepEqual(
      selectCandidates([candidate(10, 12), candidate(0, 4)]).map((c) => c.start),
      [0, 10],
    );
  });
});
