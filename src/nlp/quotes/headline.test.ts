import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../core/analysis.ts';
import { quotesOf } from './test-helpers.ts';

const brief = (q: Quote): [string, string | null, string | null] => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null];

test('a headline speaker after a kicker and a dash', () => {
  assert.deepEqual(quotesOf('EXCLUSIVE – Roger Vos: Do Not Trust the Machines').map(brief), [
    ['Do Not Trust the Machines', ':', 'Roger Vos'],
  ]);
});

test('kickers and interview labels before a colon are not speakers', () => {
  assert.deepEqual(quotesOf('Revealed: The Plan Was Drawn Up Years Ago').map(brief), []);
  assert.deepEqual(quotesOf('Q: Will the talks resume next week?').map(brief), []);
});
