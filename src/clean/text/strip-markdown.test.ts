import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkdown } from './strip-markdown.ts';

test('markup is stripped line by line', () => {
  const rows: [string, string][] = [
    ['## Severe Sanctions ##', 'Severe Sanctions'],
    ['He said **no** and _never_ and *not now*.', 'He said no and never and not now.'],
    ['See [the statement](https://example.org/s) here.', 'See the statement here.'],
    ['![a map](map.png) Troops moved north.', ' Troops moved north.'],
    ['> A quoted line', 'A quoted line'],
    ['- a list item', 'a list item'],
    ['3. a numbered item', 'a numbered item'],
    ['Use `npm test` now', 'Use npm test now'],
    ['snake_case_word stays', 'snake_case_word stays'],
  ];
  for (const [input, expected] of rows) assert.equal(stripMarkdown(input), expected, input);
});

test('code fences are dropped but the code inside is kept as text', () => {
  assert.equal(stripMarkdown('```js\nconst **x** = 1;\n```'), '\nconst **x** = 1;\n');
});

test('rules, setext underlines and link definitions become blank lines', () => {
  assert.equal(stripMarkdown('Title\n=====\n---\n[1]: https://example.org'), 'Title\n\n\n');
});
