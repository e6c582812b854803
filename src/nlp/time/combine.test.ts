import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimes } from './index.ts';

const THURSDAY = '2022-02-17';

function valueOf(text: string, target: string): string | null | undefined {
  return extractTimes(text, [], { published: THURSDAY }).find((t) => t.text === target)?.value;
}

describe('alignNeighbours dates an expression by its neighbour', () => {
  const TABLE: readonly [string, string, string][] = [
    ['The blast came at 10:35 a.m. (0735 GMT) Friday.', '10:35 a.m.', '2022-02-11T10:35'],
    ['Polls closed on Tuesday at 8 p.m.', '8 p.m.', '2022-02-15T20:00'],
    ['Sales rose in the quarter ended Sept. 30, 2021.', 'the quarter', '2021-Q3'],
    ['The blast hit in January nineteen ninety-seven.', 'January', '1997-01'],
  ];
  for (const [text, target, expected] of TABLE) it(`values "${target}" in "${text}"`, () => assert.equal(valueOf(text, target), expected));

  it('merges a clock time or weekday with the day right after it into one expression', () => {
    const TABLE: readonly [string, string, string][] = [
      ['The kidnapping happened at 10 p.m. Wednesday, police said.', '10 p.m. Wednesday', '2022-02-16T22:00'],
      ['The offer runs until 5 p.m. EST, Feb. 21.', '5 p.m. EST, Feb. 21', '2022-02-21T17:00'],
      ['He was shot on the night of Friday, Oct. 23, 1998.', 'Friday, Oct. 23, 1998', '1998-10-23'],
    ];
    for (const [text, target, expected] of TABLE) {
      const times = extractTimes(text, [], { published: THURSDAY });
      assert.deepEqual(
        times.map((t) => [t.text, t.value]),
        [[target, expected]],
      );
    }
  });

  it('leaves a clock time alone when the neighbour is not adjacent', () => {
    assert.equal(valueOf('It began at 9 a.m. and on Tuesday it ended.', '9 a.m.'), '2022-02-17T09:00');
  });
});
