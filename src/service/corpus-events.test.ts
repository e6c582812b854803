import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quadClass } from './corpus-events.ts';

test('GDELT quad class follows the CAMEO root: 01–05, 06–08, 09–13, 14–20', () => {
  const expected = (root: number): number => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
  for (let root = 1; root <= 20; root++) {
    const code = String(root).padStart(2, '0');
    assert.equal(quadClass(code), expected(root), code);
    assert.equal(quadClass(`${code}3`), expected(root), `${code}3`);
  }
  assert.equal(quadClass(null), null);
  assert.equal(quadClass('00'), null);
  assert.equal(quadClass('21'), null);
});
