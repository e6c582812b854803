/**
 * A one-line progress bar on stderr: done/total, rate and ETA. Drawn at most every REDRAW_MS so a
 * fast batch does not spend its time printing; silent when stderr is not a terminal (logs, pipes).
 */
import type { CliIo } from './io.ts';

/** Ten redraws a second is smooth to the eye and costs nothing measurable. */
export const REDRAW_MS = 100;
const WIDTH = 24;

export interface ProgressBar {
  update(done: number, label: string): void;
  finish(): void;
}

export function progressBar(io: CliIo, total: number | null, unit: string, now: () => number = () => performance.now()): ProgressBar {
  if (!io.interactive) return { update: () => {}, finish: () => {} };
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, label) {
      const t = now();
      if (t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      drawn = true;
      io.err(`\r\x1b[2K${renderProgress({ done, total, seconds: (t - started) / 1000, unit, label })}`);
    },
    finish() {
      if (drawn) io.err('\r\x1b[2K');
    },
  };
}

export interface ProgressState {
  readonly done: number;
  readonly total: number | null;
  readonly seconds: number;
  readonly unit: string;
  readonly label: string;
}

/** The text of one progress line (pure, so it is tested without a terminal). */
export function renderProgress({ done, total, seconds, unit, label }: ProgressState): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const rateText = `${rate.toFixed(1)} ${unit}/s`;
  const shortLabel = label.length > 40 ? `…${label.slice(-39)}` : label;
  if (total === null || total <= 0) return `${done} ${unit}  ${rateText}  ${shortLabel}`;
  const fraction = Math.min(1, done / total);
  const filled = Math.round(fraction * WIDTH);
  const eta = rate > 0 && done < total ? `ETA ${formatSeconds((total - done) / rate)}` : 'ETA -';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${unit}  ${rateText}  ${eta}  ${shortLabel}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.ceil(seconds - minutes * 60)).padStart(2, '0')}s`;
}
