/**
 * What a matched time expression means before it is anchored: the parser/refiner split of
 * chrono-node, where parsers propose a reading and a separate step resolves it against a reference.
 * Kinds follow the TIMEX3 distinction between fully specified values and those that need an
 * anchor (TimeML 1.2.1 guidelines, `temporalFunction` and `anchorTimeID`).
 */
import type { TimexType } from '../../core/analysis.ts';

/** Calendar granularities TIMEX3 can express as a DATE value. */
export type Granularity = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

/**
 * Which reference a relative expression counts from. Deictic ones ("yesterday", "two days ago",
 * "last month") count from the speech time, i.e. the article date; anaphoric ones ("the day
 * before", "five days later", "a year earlier") from the last date the text mentioned. Comparative
 * ones ("a year ago" in "up from $10 million a year ago") are deictic, except that right after a
 * month or quarter they name that period a year back (TimeBank values them `1988-Q3`).
 */
export type Anchoring = 'deictic' | 'anaphoric' | 'comparative';

export type Meaning =
  /** A value that needs no anchor: `1998-02-14`, `P3D`, `PAST_REF`, `XXXX-WXX-1`. */
  | { readonly kind: 'fixed'; readonly value: string }
  /** A calendar date whose year may be missing ("February 14" takes the year from the anchor). */
  | {
      readonly kind: 'date';
      readonly year: number | null;
      readonly month: number;
      readonly day: number | null;
      /** Appended to a day value: `TNI`, `T15:30`. */
      readonly suffix: string;
      /** Explicit shift of a year-less month: "last May" = -1, "next May" = +1, null = by tense. */
      readonly offset: number | null;
    }
  /**
   * A weekday; `offset` -1 "last Friday", +1 "next Friday", 0 "this Friday", null = by tense.
   * `possessive` ("Wednesday's ruling") names a day already past, whatever the clause's tense;
   * `anaphoric` ("the previous Friday") counts from the last date mentioned, not the article date.
   */
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly suffix: string;
      readonly offset: number | null;
      readonly possessive: boolean;
      readonly anaphoric: boolean;
    }
  /** Offset `amount` units from the anchor, value written at `granularity` ("last month" = M -1). */
  | {
      readonly kind: 'shift';
      readonly unit: Granularity;
      readonly amount: number;
      readonly granularity: Granularity;
      readonly anchoring: Anchoring;
      readonly suffix: string;
    }
  /** A season; `year` when written, else `offset` years from the anchor, else by tense. */
  | { readonly kind: 'season'; readonly season: string; readonly year: number | null; readonly offset: number | null }
  /**
   * A quarter or half; `part` null means "the quarter": the one last mentioned when `offset` is null,
   * else the article's quarter shifted by `offset` ("the latest quarter" = -1).
   */
  | {
      readonly kind: 'part-of-year';
      readonly unit: 'Q' | 'H';
      readonly part: number | null;
      readonly year: number | null;
      readonly offset: number | null;
    }
  /** The n-th weekday of a month (US Thanksgiving = 4th Thursday of November); year as for 'date'. */
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly n: number; readonly offset: number | null }
  /** A vague count of units before/after the anchor ("a few days ago"): PAST_REF or FUTURE_REF. */
  | { readonly kind: 'vague-direction'; readonly direction: 'past' | 'future' | 'by-tense' };

/** One proposal: a span of the text, its type and meaning, from one rule. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly meaning: Meaning;
  readonly rule: string;
  readonly confidence: number;
}
