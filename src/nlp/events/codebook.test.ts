import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoEntry, goldstein, ploverOf } from './codebook.ts';

test('CAMEO facts: Goldstein weights, PLOVER types of the 2021 crosswalk, parent fallback', () => {
  assert.equal(goldstein('190'), -10);
  assert.equal(goldstein('036'), 4);
  assert.equal(goldstein(null), null);
  assert.equal(ploverOf('0872'), 'RETREAT');
  assert.equal(ploverOf('081'), 'CONCEDE');
  assert.equal(ploverOf('163'), 'COERCE');
  // Appeals are dropped by the crosswalk; the project codes them as REQUEST.
  assert.equal(ploverOf('021'), 'REQUEST');
  // An unlisted 4-digit code takes its 3-digit parent's entry.
  assert.equal(cameoEntry('1909')?.name, cameoEntry('190')?.name);
});
