/**
 * A progress bar on standard error, for long alignments. Shown only when
 * stderr is a terminal, `--quiet` is not given and the input is large; it
 * redraws only when the percentage changes and erases itself when done.
 */
import type { CliIo } from './types.js';

/** Inputs smaller than this (UTF-16 units, both sides together) get no bar. */
export const PROGRESS_MIN_CHARS = 200_000;

/** A progress callback plus a `done()` that erases the bar. */
export interface ProgressBar {
  update(done: number, total: number): void;
  done(): void;
}

/** Render one frame of the bar: `aligning [#########-----------]  45%`. */
export function renderBar(label: string, done: number, total: number, columns: number): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const pct = `${Math.floor(ratio * 100)}%`.padStart(4);
  const width = Math.max(10, Math.min(50, columns - label.length - 10));
  const filled = Math.round(ratio * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}`;
}

/** A progress bar for `size` characters of input, or undefined when none should be shown. */
export function progressBar(io: CliIo, label: string, size: number, quiet: boolean): ProgressBar | undefined {
  if (quiet || io.stderrIsTTY !== true || size < PROGRESS_MIN_CHARS) return undefined;
  const columns = io.columns ?? 80;
  let last = -1;
  let shown = false;
  return {
    update(done: number, total: number): void {
      const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
      if (pct === last) return;
      last = pct;
      shown = true;
      io.stderr(`\r${renderBar(label, done, total, columns)}`);
    },
    done(): void {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
