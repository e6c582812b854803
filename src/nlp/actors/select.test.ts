import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from './candidate.ts';
import { selectCandidates } from './select.ts';

const c = (start: number, end: number, rule: Candidate['rule'], id = 'x'): Candidate => ({
  start,
  end,
  target: { type: 'kb', id },
  form: 'name',
  rule,
});

test('longest wins, then rule priority, and the result is sorted and disjoint', () => {
  const chosen = selectCandidates([
    c(0, 2, 'kb-name', 'us'),
    c(0, 22, 'title-name', 'biden'),
    c(30, 36, 'capital-place', 'a'),
    c(30, 36, 'capital-actor', 'b'),
    c(40, 45, 'kb-name'),
  ]);
  assert.deepEqual(
    chosen.map((x) => [x.start, x.end, x.target.type === 'kb' ? x.target.id : '']),
    [
      [0, 22, 'biden'],
      [30, 36, 'b'],
      [40, 45, 'x'],
    ],
  );
});

test('already taken spans block overlapping candidates; empty spans are dropped', () => {
  const taken = [c(5, 10, 'kb-name')];
  assert.deepEqual(
    selectCandidates([c(8, 20, 'ner-person'), c(10, 12, 'ner-person'), c(3, 3, 'kb-name')], taken).map((x) => [x.start, x.end]),
    [
      [5, 10],
      [10, 12],
    ],
  );
});
