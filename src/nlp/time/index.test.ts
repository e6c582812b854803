import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_TENSE_CONFIDENCE, extractTimes, sentenceDate } from './index.ts';
import type { TimeExpression } from '../../core/analysis.ts';

/** Thursday 17 February 2022, the reference date of most rows. */
const THURSDAY = '2022-02-17';

interface Row {
  readonly text: string;
  readonly published?: string | null;
  /** The expected expression: its text, type and value. */
  readonly expect: readonly [string, TimeExpression['type'], string | null];
}

const TABLE: readonly Row[] = [
  // Calendar dates in the common written forms.
  { text: 'Talks were held on February 14.', expect: ['February 14', 'DATE', '2022-02-14'] },
  { text: 'The treaty was signed on 14 Feb 2022.', expect: ['14 Feb 2022', 'DATE', '2022-02-14'] },
  { text: 'The vote was held on 2/14 in Kyiv.', expect: ['2/14', 'DATE', '2022-02-14'] },
  { text: 'It happened on Feb. 14th, as planned.', expect: ['Feb. 14th', 'DATE', '2022-02-14'] },
  { text: 'The accord of June 9, 2021 still holds.', expect: ['June 9, 2021', 'DATE', '2021-06-09'] },
  { text: 'The summit in December 2021 failed.', expect: ['December 2021', 'DATE', '2021-12'] },
  { text: 'Filed 2022-02-10 in court.', expect: ['2022-02-10', 'DATE', '2022-02-10'] },
  { text: 'He was arrested in July last year.', expect: ['July last year', 'DATE', '2021-07'] },
  // Weekdays resolved by the tense of their clause.
  { text: 'Putin said on Tuesday that he wanted talks.', expect: ['Tuesday', 'DATE', '2022-02-15'] },
  { text: 'Talks will resume on Tuesday in Geneva.', expect: ['Tuesday', 'DATE', '2022-02-22'] },
  { text: 'The minister spoke on Thursday.', expect: ['Thursday', 'DATE', '2022-02-17'] },
  { text: 'Biden spoke on Tuesday night in Washington.', expect: ['Tuesday night', 'TIME', '2022-02-15TNI'] },
  { text: 'They met last Friday.', expect: ['last Friday', 'DATE', '2022-02-11'] },
  { text: 'Tuesday’s remarks seem to suggest a change.', expect: ['Tuesday', 'DATE', '2022-02-15'] },
  { text: 'Wednesday’s ruling will be appealed.', expect: ['Wednesday', 'DATE', '2022-02-16'] },
  { text: 'He was shot last Oct. 23 at home.', published: '1999-04-19', expect: ['last Oct. 23', 'DATE', '1998-10-23'] },
  {
    text: 'Shares fell Friday, down from the previous Friday.',
    published: '1989-10-30',
    expect: ['the previous Friday', 'DATE', '1989-10-20'],
  },
  // Relative expressions counted from the article date.
  { text: 'Proposals were sent last month.', expect: ['last month', 'DATE', '2022-01'] },
  { text: 'He visited Moscow earlier this week.', expect: ['earlier this week', 'DATE', '2022-W07'] },
  { text: 'Elections are due next year.', expect: ['next year', 'DATE', '2023'] },
  { text: 'The convoy left two days ago.', expect: ['two days ago', 'DATE', '2022-02-15'] },
  { text: 'The attack happened yesterday.', expect: ['yesterday', 'DATE', '2022-02-16'] },
  { text: 'Today the markets fell.', expect: ['Today', 'DATE', '2022-02-17'] },
  { text: 'The ministers met this morning.', expect: ['this morning', 'TIME', '2022-02-17TMO'] },
  { text: 'Prices rose 5% from a year ago.', expect: ['a year ago', 'DATE', '2021'] },
  // Fuzzy dates keep the modifier in the extent and the period in the value.
  { text: 'Troops arrived in late January.', expect: ['late January', 'DATE', '2022-01'] },
  { text: 'The plan dates from mid-2021.', expect: ['mid-2021', 'DATE', '2021'] },
  { text: 'Growth slowed in the first quarter.', expect: ['the first quarter', 'DATE', '2022-Q1'] },
  { text: 'Profit rose in the third quarter of 2021.', expect: ['the third quarter of 2021', 'DATE', '2021-Q3'] },
  { text: 'Fighting resumed last summer.', expect: ['last summer', 'DATE', '2021-SU'] },
  { text: 'A ceasefire was signed in 2015.', expect: ['2015', 'DATE', '2015'] },
  { text: 'The economy shrank in the 1990s.', expect: ['the 1990s', 'DATE', '199'] },
  { text: 'In nineteen ninety-six a bomb exploded.', expect: ['nineteen ninety-six', 'DATE', '1996'] },
  { text: 'The deal should close by year-end.', expect: ['year-end', 'DATE', '2022'] },
  { text: 'Profit fell in the fiscal year.', expect: ['the fiscal year', 'DATE', '2022'] },
  // Durations: TIMEX3 period values, X for a vague count.
  { text: 'Revenue was $5 million for the year ended March 31.', expect: ['the year', 'DURATION', 'P1Y'] },
  { text: 'Shelling has grown in recent weeks.', expect: ['recent weeks', 'DURATION', 'PXW'] },
  { text: 'The talks lasted nearly two years.', expect: ['nearly two years', 'DURATION', 'P2Y'] },
  { text: 'Russia held three-day exercises.', expect: ['three-day', 'DURATION', 'P3D'] },
  { text: 'The siege lasted several weeks.', expect: ['several weeks', 'DURATION', 'PXW'] },
  { text: 'Prices doubled over the past two months.', expect: ['the past two months', 'DURATION', 'P2M'] },
  { text: 'They lived there for 2 1/2 years.', expect: ['2 1/2 years', 'DURATION', 'P2Y6M'] },
  { text: 'The meeting took 24 hours.', expect: ['24 hours', 'DURATION', 'PT24H'] },
  // Vague references.
  { text: 'The army has recently moved north.', expect: ['recently', 'DATE', 'PAST_REF'] },
  { text: 'Russia is currently massing troops.', expect: ['currently', 'DATE', 'PRESENT_REF'] },
  { text: 'A deal may come in the future.', expect: ['the future', 'DATE', 'FUTURE_REF'] },
  { text: 'Talks will start soon.', expect: ['soon', 'DATE', 'FUTURE_REF'] },
  { text: 'The shelling goes on to this day.', expect: ['to this day', 'DATE', 'PRESENT_REF'] },
  { text: 'Allies have visited in recent days and weeks.', expect: ['recent days and weeks', 'DATE', 'PAST_REF'] },
  { text: 'A few days ago the adviser warned again.', expect: ['A few days ago', 'DATE', 'PAST_REF'] },
  // Sets.
  { text: 'The summit meets every year.', expect: ['every year', 'SET', 'P1Y'] },
  { text: 'The ministry publishes weekly figures.', expect: ['weekly', 'SET', 'P1W'] },
  { text: 'Kyiv pays $5 million a year for gas.', expect: ['a year', 'SET', 'P1Y'] },
  { text: 'Patrols run every Monday.', expect: ['every Monday', 'SET', 'XXXX-WXX-1'] },
  // Clock times, dated by a neighbouring weekday.
  { text: 'The blast came at 10:35 a.m. Friday.', expect: ['10:35 a.m. Friday', 'TIME', '2022-02-11T10:35'] },
  { text: 'Sirens sounded at noon.', expect: ['noon', 'TIME', '2022-02-17T12:00'] },
  // Holidays.
  { text: 'The boy was found on Thanksgiving Day.', published: '1999-12-01', expect: ['Thanksgiving Day', 'DATE', '1999-11-25'] },
];

describe('extractTimes finds and values time expressions', () => {
  for (const row of TABLE) {
    it(`reads "${row.expect[0]}" in "${row.text}"`, () => {
      const times = extractTimes(row.text, [], { published: row.published === undefined ? THURSDAY : row.published });
      const found = times.find((t) => t.text === row.expect[0]);
      assert.ok(found, `expected "${row.expect[0]}" among ${JSON.stringify(times.map((t) => t.text))}`);
      assert.deepEqual([found.text, found.type, found.value], row.expect);
      assert.equal(found.text, row.text.slice(found.start, found.end));
    });
  }
});

describe('extractTimes re-anchors on the last explicit date', () => {
  it('counts "Five days later" from the date mentioned before', () => {
    const text = 'On January 22, Russia announced drills. Five days later, troops moved.';
    const later = extractTimes(text, [], { published: THURSDAY }).find((t) => t.text === 'Five days later');
    assert.equal(later?.value, '2022-01-27');
    assert.equal(later?.anchor, 'previous-date');
  });

  it('counts "the day before" from the date mentioned before', () => {
    const text = 'The talks ended on March 3, 2021. Shelling began the day before.';
    const before = extractTimes(text, [], { published: THURSDAY }).find((t) => t.text === 'the day before');
    assert.equal(before?.value, '2021-03-02');
  });

  it('reads "that year" as the year of the date mentioned before', () => {
    const text = 'The war began in March 2014. Later that year, talks failed.';
    const that = extractTimes(text, [], { published: THURSDAY }).find((t) => t.text === 'Later that year');
    assert.equal(that?.value, '2014');
  });

  it('does not let a clock time of the article day replace the anchor', () => {
    const text = 'The vote was on June 9, 2021. At 10 a.m. the count began; the day before, polls closed.';
    const before = extractTimes(text, [], { published: THURSDAY }).find((t) => t.text === 'the day before');
    assert.equal(before?.value, '2021-06-08');
  });

  it('falls back to the article date when nothing was mentioned', () => {
    const [later] = extractTimes('Two days later, troops moved.', [], { published: THURSDAY });
    assert.equal(later?.value, '2022-02-19');
    assert.equal(later?.anchor, 'published');
  });
});

describe('extractTimes leaves non-times alone', () => {
  const NOT_TIMES = [
    'More than 2,000 troops arrived.',
    'Officials said 2000 troops arrived.',
    'He may travel to Minsk.',
    'Protesters march through the city.',
    'The Sunday Times reported the story.',
    'Prices could fall sharply.',
    'They won a second term.',
    'Officials called it a 6-year-old dispute.',
    'Send it as soon as possible.',
    'Shares in May Corp rose.',
    'May Day parades were cancelled.',
  ];
  for (const text of NOT_TIMES) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(
        extractTimes(text, [], { published: THURSDAY }).map((t) => t.text),
        [],
      );
    });
  }
});

describe('extractTimes confidence', () => {
  it('lowers the confidence of a weekday whose clause shows no tense', () => {
    const [guessed] = extractTimes('Tuesday.', [], { published: THURSDAY });
    const [read] = extractTimes('Putin said on Tuesday that he would go.', [], { published: THURSDAY });
    assert.ok(guessed && read);
    assert.equal(guessed.confidence, read.confidence * NO_TENSE_CONFIDENCE);
  });
});

describe('extractTimes without a publication date', () => {
  it('leaves relative values null and unresolved, never guessing from the clock', () => {
    const [tuesday] = extractTimes('Putin said on Tuesday that talks would go on.', [], { published: null });
    assert.equal(tuesday?.value, null);
    assert.equal(tuesday?.anchor, 'unresolved');
  });

  it('still values absolute dates and vague references', () => {
    const times = extractTimes('On June 9, 2021 he had recently arrived.', [], { published: null });
    assert.deepEqual(
      times.map((t) => [t.value, t.anchor]),
      [
        ['2021-06-09', 'none'],
        ['PAST_REF', 'none'],
      ],
    );
  });
});

describe('sentenceDate', () => {
  const text = 'On Tuesday, for several weeks, Putin said talks were recent. Later he left.';
  const times = extractTimes(text, [], { published: THURSDAY });

  it('returns the day a sentence states, ignoring durations and vague references', () => {
    assert.equal(sentenceDate(times, { start: 0, end: 60 }), '2022-02-15');
  });

  it('returns null for a sentence with no date', () => {
    assert.equal(sentenceDate(times, { start: 61, end: text.length }), null);
  });

  it('drops the time part of a TIME value', () => {
    const night = extractTimes('Biden spoke on Tuesday night.', [], { published: THURSDAY });
    assert.equal(sentenceDate(night, { start: 0, end: 29 }), '2022-02-15');
  });

  it('falls back to a month when no day is given', () => {
    const month = extractTimes('Troops massed in December 2021.', [], { published: THURSDAY });
    assert.equal(sentenceDate(month, { start: 0, end: 31 }), '2021-12');
  });
});

test('counts up to MAX_SHIFT_COUNT shift a date; larger numbers are not counts', async () => {
  const { MAX_SHIFT_COUNT } = await import('./rules-relative.ts');
  const at = (text: string) => extractTimes(text, [], { published: '2022-02-17' }).map((t) => t.value);
  assert.deepEqual(at(`It happened ${MAX_SHIFT_COUNT} days ago.`), ['2019-05-24']);
  assert.ok(!at(`It happened ${MAX_SHIFT_COUNT + 1} days ago.`).includes('2019-05-23'));
  // Found by the property test: a year number read as a count once produced the value "0-52".
  assert.deepEqual(at('2022 year ago'), ['2021']);
});
