import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localTarget, targetKey } from './candidate.ts';
import { withThe } from './context.ts';

test('local targets of one kind merge when their names fold alike, and not across kinds', () => {
  const a = localTarget('person', 'Nikola Mikovic', null, 'analyst');
  const b = localTarget('person', 'NIKOLA MIKOVIĆ', 'SRB', null);
  assert.equal(targetKey(a), targetKey(b));
  assert.notEqual(targetKey(a), targetKey(localTarget('organisation', 'Nikola Mikovic', null, null)));
  // The merge key may come from another surface than the displayed name (capital-place).
  assert.equal(localTarget('location', 'Kyiv', 'UKR', null, 'Kiev').key, 'location|kiev');
});

test('withThe moves a start back over a directly preceding article only', () => {
  const text = 'the Russians and The Kremlin, not other Russians';
  assert.equal(withThe(text, 4), 0);
  assert.equal(withThe(text, text.indexOf('Kremlin')), text.indexOf('The'));
  assert.equal(withThe(text, text.lastIndexOf('Russians')), text.lastIndexOf('Russians'));
});
