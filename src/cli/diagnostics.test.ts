import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostic } from '../core/diagnostic.ts';
import { describeDiagnostic } from './diagnostics.ts';

test('a printed diagnostic names its file (and line) unless its reason already does', () => {
  const base = { ruleId: 'x/y', source: 'clean', fatal: true } as const;
  const reason = 'Unexpected text made only of page furniture, expected at least one line of article text';
  assert.equal(describeDiagnostic(diagnostic({ ...base, reason })), reason);
  assert.equal(describeDiagnostic(diagnostic({ ...base, reason, file: 'a.txt' })), `${reason} (in a.txt)`);
  assert.equal(describeDiagnostic(diagnostic({ ...base, reason, file: 'w.jsonl', line: 3 })), `${reason} (in w.jsonl:3)`);
  const named = 'Unexpected end of JSON at w.jsonl:2, expected one JSON object per line';
  assert.equal(describeDiagnostic(diagnostic({ ...base, reason: named, file: 'w.jsonl', line: 2 })), named);
});
