import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TENSE_SLACK_MONTHS, seasonYear, yearFor } from './year-choice.ts';

const FEB_2022 = { year: 2022, month: 2, day: 17 };

describe('yearFor picks the year of a year-less month', () => {
  const TABLE: readonly [string, number, Parameters<typeof yearFor>[2], number | null, number][] = [
    ['"in December" in a past clause is last December', 12, 'past', null, 2021],
    ['"in January" in a past clause is this January', 1, 'past', null, 2022],
    [`a past month up to ${TENSE_SLACK_MONTHS} months ahead stays in this year`, 2 + TENSE_SLACK_MONTHS, 'past', null, 2022],
    [`a past month more than ${TENSE_SLACK_MONTHS} months ahead moves back a year`, 3 + TENSE_SLACK_MONTHS, 'past', null, 2021],
    ['"in March" in a future clause is this March', 3, 'future', null, 2022],
    ['"in January" in a future clause within the slack behind stays this January', 1, 'future', null, 2022],
    ['"in November" with no tense is the nearest, last November', 11, 'unknown', null, 2021],
    ['"last May" is the latest May before the article', 5, 'unknown', -1, 2021],
    ['"last January" in February is this January', 1, 'unknown', -1, 2022],
    ['"next March" in February is this March', 3, 'unknown', 1, 2022],
    ['"next January" in February is next year\'s', 1, 'unknown', 1, 2023],
    ['"this May" is always this year', 5, 'past', 0, 2022],
  ];
  for (const [name, month, tense, offset, expected] of TABLE)
    it(name, () => assert.equal(yearFor(month, FEB_2022, tense, offset), expected));

  it('sends a future date more than the slack behind the article to next year', () => {
    const december = { year: 2022, month: 12, day: 1 };
    assert.equal(yearFor(12 - TENSE_SLACK_MONTHS - 1, december, 'future', null), 2023);
    assert.equal(yearFor(12 - TENSE_SLACK_MONTHS, december, 'future', null), 2022);
  });
});

describe('seasonYear', () => {
  it('reads "last fall" in February as the previous year', () => assert.equal(seasonYear('FA', FEB_2022, 'unknown', -1), 2021));
  it('reads "last spring" in October as this year', () =>
    assert.equal(seasonYear('SP', { year: 1989, month: 10, day: 26 }, 'unknown', -1), 1989));
  it('reads a past-tense "summer" in February as last summer', () => assert.equal(seasonYear('SU', FEB_2022, 'past', null), 2021));
  it('reads a future "summer" in February as this summer', () => assert.equal(seasonYear('SU', FEB_2022, 'future', null), 2022));
});
