/**
 * Clock times ("3:30 p.m.", "10 a.m. EST", "noon"): TIMEX3 TIME valued on the anchor day,
 * `2022-02-17T15:30` (TimeML 1.2.1 guidelines 2.2). A bare "10:30" is only a time after "at"
 * or before a zone, since scores and ratios share the shape.
 */
import type { Reading, TimeRule } from './patterns.ts';
import { END, START, rx } from './patterns.ts';
import { wordBefore } from './context.ts';

const ZONE = '(?:\\s*\\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|MSK|EET|EEST|local\\s+time)\\)?)';

function timeReading(hour: number, minute: number): Reading | null {
  if (hour > 24 || minute > 59) return null;
  const suffix = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { type: 'TIME', meaning: { kind: 'shift', unit: 'D', amount: 0, granularity: 'D', anchoring: 'deictic', suffix } };
}

export const CLOCK_RULES: readonly TimeRule[] = [
  {
    id: 'clock/am-pm',
    pattern: rx(`${START}(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s*(?<half>a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)${ZONE}?`),
    reason: 'A 12-hour clock time with a.m./p.m. is a TIME on the anchor day.',
    confidence: 0.9,
    read: (m) => {
      let hour = Number(m.groups?.h);
      const pm = /^p/i.test(m.groups?.half ?? '');
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return timeReading(hour, Number(m.groups?.m ?? '0'));
    },
  },
  {
    id: 'clock/24-hour',
    pattern: rx(`${START}(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?<zone>${ZONE})?${END}`),
    reason: 'A 24-hour clock time after "at" or before a time zone ("at 14:30", "09:00 GMT").',
    confidence: 0.8,
    read: (m, text) => {
      if (m.groups?.zone === undefined && wordBefore(text, m.index) !== 'at') return null;
      return timeReading(Number(m.groups?.h), Number(m.groups?.m));
    },
  },
  {
    id: 'clock/noon-midnight',
    pattern: rx(`${START}(?<word>noon|midday|midnight)${END}`),
    reason: '"noon" and "midnight" name clock times (T12:00, T24:00).',
    confidence: 0.85,
    read: (m) => ((m.groups?.word ?? '').toLowerCase() === 'midnight' ? timeReading(24, 0) : timeReading(12, 0)),
  },
];
