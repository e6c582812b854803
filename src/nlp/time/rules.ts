/**
 * All rule tables in the order they are tried. Order breaks ties only: the refiner keeps the
 * longest candidate, then the most confident, then the earliest table here.
 */
import type { TimeRule } from './patterns.ts';
import { CALENDAR_RULES } from './rules-calendar.ts';
import { PERIOD_RULES } from './rules-periods.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { DURATION_RULES } from './rules-duration.ts';
import { VAGUE_RULES } from './rules-vague.ts';
import { CLOCK_RULES } from './rules-clock.ts';
import { NAMED_RULES } from './rules-named.ts';

export const TIME_RULES: readonly TimeRule[] = [
  ...CALENDAR_RULES,
  ...PERIOD_RULES,
  ...NAMED_RULES,
  ...RELATIVE_RULES,
  ...CLOCK_RULES,
  ...VAGUE_RULES,
  ...DURATION_RULES,
];
