import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTitle, stripSiteAffix } from './title.ts';

test('removes a trailing or leading site-name affix', () => {
  const sites = ['Harbour Times', 'harbourtimes.com', 'harbourtimes'];
  const table: [string, string][] = [
    ['Ferry strike ends | Harbour Times', 'Ferry strike ends'],
    ['Ferry strike ends - HarbourTimes.com', 'Ferry strike ends'],
    ['Ferry strike ends — Harbour Times', 'Ferry strike ends'],
    ['Harbour Times | Ferry strike ends', 'Ferry strike ends'],
    ['Ferry strike ends | World | Harbour Times', 'Ferry strike ends | World'],
  ];
  for (const [title, expected] of table) assert.equal(stripSiteAffix(title, sites), expected, title);
});

test('keeps an affix that does not name the site', () => {
  assert.equal(stripSiteAffix('Ferry strike ends - union says', ['Harbour Times']), 'Ferry strike ends - union says');
  assert.equal(stripSiteAffix('Mid-term talks stall', ['Harbour Times']), 'Mid-term talks stall');
});

test('takes the first non-empty candidate', () => {
  assert.equal(chooseTitle([null, '  ', 'Ferry strike ends | Harbour Times', 'Other'], ['Harbour Times']), 'Ferry strike ends');
  assert.equal(chooseTitle([null], []), null);
});
