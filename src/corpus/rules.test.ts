import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrinkError } from '../core/errors.ts';
import { defaultLedgerRules } from './load-rules.ts';
import { parseLedgerRules } from './rules.ts';
import { CLAIM_KINDS } from './types.ts';

test('the default rule table is valid and every claim kind has fate rules', () => {
  const rules = defaultLedgerRules();
  for (const kind of CLAIM_KINDS) assert.ok((rules.fates[kind] ?? []).length > 0, kind);
  for (const kind of CLAIM_KINDS)
    assert.ok(
      rules.claims.some((r) => r.kind === kind),
      kind,
    );
});

test('rule ids are unique and every window is ordered and never before the claim', () => {
  const rules = defaultLedgerRules();
  const fates = Object.values(rules.fates).flat();
  const ids = [...rules.claims.map((r) => r.id), ...fates.map((r) => r.id)];
  assert.equal(new Set(ids).size, ids.length);
  for (const f of fates) {
    assert.ok(f.minDays >= 0 && f.minDays <= f.maxDays, f.id);
  }
});

test('a contradiction is final in the transition table', () => {
  assert.deepEqual(defaultLedgerRules().transitions.contradicted, []);
});

test('a malformed table is refused with the bad field named', () => {
  assert.throws(
    () => parseLedgerRules({ ...defaultLedgerRules(), corroboration: { minOutlets: 0, reason: 'x' } }),
    (e: unknown) => e instanceof BrinkError && e.kind === 'usage' && e.message.includes('corroboration.minOutlets'),
  );
  assert.throws(() => parseLedgerRules({ version: 2 }), BrinkError);
});

test('an event-rule pattern that does not compile is refused at load with its field named', () => {
  const rules = defaultLedgerRules();
  const [first, ...rest] = rules.claims;
  assert.ok(first);
  assert.throws(
    () => parseLedgerRules({ ...rules, claims: [{ ...first, eventRules: ['events/(unclosed'] }, ...rest] }),
    (e: unknown) =>
      e instanceof BrinkError && e.message.includes('claims.0.eventRules.0') && e.message.includes('not a regular expression'),
  );
});
