/**
 * Calendar periods for the escalation index: a day (`2022-02-24`) or an ISO 8601 week
 * (`2022-W08`, weeks start on Monday and week 1 holds the year's first Thursday).
 */
export type PeriodUnit = 'day' | 'week';

const DAY_MS = 86_400_000;
const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The Monday that starts the ISO week holding `date`. */
export function weekStart(date: string): string {
  const ms = utc(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return iso(ms - weekday * DAY_MS);
}

/** The ISO week label of `date`, e.g. `2022-W08`. */
export function isoWeek(date: string): string {
  const thursday = utc(weekStart(date)) + 3 * DAY_MS; // the week's Thursday decides its year
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const weeks = new Map<string, { readonly label: string; readonly start: string }>();

/** The period label and its first day (weeks memoised: a corpus has few distinct dates). */
export function periodOf(date: string, unit: PeriodUnit): { readonly label: string; readonly start: string } {
  if (unit === 'day') return { label: date, start: date };
  let week = weeks.get(date);
  if (week === undefined) {
    week = { label: isoWeek(date), start: weekStart(date) };
    if (weeks.size > 100_000) weeks.clear();
    weeks.set(date, week);
  }
  return week;
}

/** Every period from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): { readonly label: string; readonly start: string }[] {
  const out: { label: string; start: string }[] = [];
  const step = unit === 'day' ? DAY_MS : 7 * DAY_MS;
  const end = utc(periodOf(last, unit).start);
  for (let ms = utc(periodOf(first, unit).start); ms <= end; ms += step) out.push(periodOf(iso(ms), unit));
  return out;
}
