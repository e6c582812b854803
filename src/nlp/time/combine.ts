/**
 * A second refiner, run after values are resolved: neighbouring expressions that name the same
 * time inform each other. "10 p.m. Wednesday" puts the clock time on that Wednesday; "Friday,
 * Oct. 23" dates the weekday by the explicit date; "the quarter ended Sept. 30" is the quarter
 * holding Sept. 30. TimeBank keeps such pairs as separate TIMEX3s with consistent values.
 */
import type { TimeExpression } from '../../core/analysis.ts';
import { parseIsoDate, quarterOf } from './calendar.ts';

interface Link {
  /** Rule ids (without the `time/` prefix) of the expression whose value is refined. */
  readonly rules: readonly string[];
  /** The text between it and the neighbour that dates it. */
  readonly gap: RegExp;
  /** Which neighbour: the one after or the one before. */
  readonly side: 'after' | 'before';
  readonly reason: string;
}

const CLOCK = ['clock/am-pm', 'clock/24-hour', 'clock/noon-midnight'];

export const LINKS: readonly Link[] = [
  { rules: CLOCK, gap: /^[\s,]*(?:\([^)]{0,20}\)\s*)?(?:on\s+)?$/i, side: 'after', reason: '"10 p.m. Wednesday", "5 p.m. EST, Nov. 6"' },
  { rules: CLOCK, gap: /^,?\s*(?:at|from|until|by|around|about|after|before)\s+$/i, side: 'before', reason: '"Tuesday at 3 p.m."' },
  { rules: ['relative/weekday'], gap: /^,?\s*(?:the\s+)?$/i, side: 'after', reason: '"Friday, Oct. 23": the explicit date wins' },
  {
    rules: ['calendar/month-alone', 'periods/season'],
    gap: /^\s*,?\s*(?:of\s+)?$/i,
    side: 'after',
    reason: '"January nineteen ninety-seven": the spelled year names the year',
  },
  {
    rules: ['periods/relative-quarter'],
    gap: /^\s*(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?$/i,
    side: 'after',
    reason: '"the quarter ended Sept. 30"',
  },
];

const DAY = /^(\d{4}-\d{2}-\d{2})/;

function refined(target: TimeExpression, neighbour: TimeExpression): string | null {
  if (target.rule === 'time/calendar/month-alone' || target.rule === 'time/periods/season') {
    const year = neighbour.value !== null && /^\d{4}$/.test(neighbour.value) ? neighbour.value : null;
    return year === null || target.value === null ? null : year + target.value.slice(4);
  }
  const day = neighbour.type === 'DATE' && neighbour.value !== null ? DAY.exec(neighbour.value)?.[1] : undefined;
  if (day === undefined || target.value === null) return null;
  if (target.rule === 'time/periods/relative-quarter') {
    const date = parseIsoDate(day);
    return date === null ? null : `${String(date.year).padStart(4, '0')}-Q${quarterOf(date.month)}`;
  }
  const time = /^\d{4}-\d{2}-\d{2}(T.*)?$/.exec(target.value);
  return time === null ? null : day + (time[1] ?? '');
}

/** A clock time and the day right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 9"). */
const CLOCK_DAY_GAP = /^,?\s+$/;

const DAY_RULES = ['time/relative/weekday', 'time/calendar/month-day-year', 'time/calendar/day-month-year'];
const DATE_RULES = ['time/calendar/month-day-year', 'time/calendar/day-month-year'];

/**
 * Merges two adjacent expressions that TimeML writes as one TIMEX3 (guidelines 2.2: "Friday,
 * October 1, 1999" is one DATE; TimeBank also tags "noon Thursday" as one TIME): a clock time and
 * the day after it, and a weekday and the date after it. Values must be aligned first; the merged
 * expression keeps the first one's type and value.
 */
export function mergeAdjacent(text: string, times: readonly TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < times.length; i++) {
    const first = times[i];
    const second = times[i + 1];
    if (first === undefined) continue;
    const clockDay = CLOCK.some((r) => first.rule === `time/${r}`) && second?.type === 'DATE' && DAY_RULES.includes(second.rule);
    const weekdayDate =
      first.rule === 'time/relative/weekday' && first.type === 'DATE' && second !== undefined && DATE_RULES.includes(second.rule);
    if ((clockDay || weekdayDate) && second !== undefined && CLOCK_DAY_GAP.test(text.slice(first.end, second.start))) {
      out.push({ ...first, end: second.end, text: text.slice(first.start, second.end) });
      i++;
      continue;
    }
    out.push(first);
  }
  return out;
}

/** Returns `times` with values refined from adjacent expressions; spans and order are unchanged. */
export function alignNeighbours(text: string, times: readonly TimeExpression[]): TimeExpression[] {
  const out = [...times];
  for (let i = 0; i < out.length; i++) {
    const target = out[i];
    if (target === undefined) continue;
    for (const link of LINKS) {
      if (!link.rules.some((r) => target.rule === `time/${r}`)) continue;
      const neighbour = link.side === 'after' ? out[i + 1] : out[i - 1];
      if (neighbour === undefined) continue;
      const gap = link.side === 'after' ? text.slice(target.end, neighbour.start) : text.slice(neighbour.end, target.start);
      if (!link.gap.test(gap)) continue;
      const value = refined(target, neighbour);
      if (value !== null) {
        out[i] = { ...target, value, anchor: neighbour.anchor };
        break;
      }
    }
  }
  return out;
}
