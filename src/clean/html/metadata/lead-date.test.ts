import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATELINE_WINDOW, dateFromLead } from './lead-date.ts';

const HINTS = { dayFirst: true };

test('reads the dateline under the headline', () => {
  assert.equal(dateFromLead('By Ana Lima February 15, 2022 The ferry strike ended on Monday.', HINTS), '2022-02-15');
});

test('prefers the published date to a labelled update that comes first', () => {
  assert.equal(dateFromLead('Updated: 16 Feb 2022, 10:00 | Published 15 Feb 2022', HINTS), '2022-02-15');
});

test('falls back to the update date when it is the only one', () => {
  assert.equal(dateFromLead('Last updated 16 Feb 2022. The ferry strike ended.', HINTS), '2022-02-16');
});

test('ignores dates past the dateline window and reads one just inside it', () => {
  const inside = `${'x'.repeat(DATELINE_WINDOW.chars - 12)} 2022-02-15`;
  const outside = `${'x'.repeat(DATELINE_WINDOW.chars)} 2022-02-15`;
  assert.equal(dateFromLead(inside, HINTS), '2022-02-15');
  assert.equal(dateFromLead(outside, HINTS), null);
});
