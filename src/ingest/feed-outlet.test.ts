import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedOutlet, MIN_OUTLET_CHARS } from './feed-outlet.ts';

test('a feed title loses its section after a spaced dash, bar or colon', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['Meridian Wire - Europe', 'Meridian Wire'],
    ['Dnipro Daily Report — War in Ukraine', 'Dnipro Daily Report'],
    ['The Ledger | World', 'The Ledger'],
    ['Kyiv Courier : Politics', 'Kyiv Courier'],
    ['Baltic Ledger', 'Baltic Ledger'],
    ['Anglo-Russian Review', 'Anglo-Russian Review'],
    [undefined, undefined],
  ];
  for (const [title, outlet] of cases) assert.equal(feedOutlet(title), outlet, title);
});

test('an outlet name shorter than MIN_OUTLET_CHARS keeps the whole title', () => {
  const short = 'x'.repeat(MIN_OUTLET_CHARS - 1);
  assert.equal(feedOutlet(`${short} - News`), `${short} - News`);
  const enough = 'x'.repeat(MIN_OUTLET_CHARS);
  assert.equal(feedOutlet(`${enough} - News`), enough);
});
