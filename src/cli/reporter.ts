// Diagnostics on stderr: skipped inputs by name with a reason, a progress bar on a terminal (nothing
// on a pipe), and one summary line at the end.
import type { Reporter } from '../types/stages.js';

export interface CliReporter extends Reporter {
  /** Clears the progress bar and prints the summary line. */
  finish(summary: string): void;
  readonly skippedCount: number;
}

export function createReporter(
  stream: NodeJS.WriteStream,
  opts: { quiet: boolean; now?: () => number },
): CliReporter {
  const tty = Boolean(stream.isTTY) && !opts.quiet;
  const clock = opts.now ?? Date.now;
  let lastDraw = 0;
  let barShown = false;
  let skipped = 0;
  const clearBar = () => {
    if (barShown) stream.write('\r\x1b[2K');
    barShown = false;
  };
  return {
    get skippedCount() {
      return skipped;
    },
    skipped(input, reason) {
      skipped++;
      clearBar();
      stream.write(`newsfuse: skipped ${input}: ${reason}\n`);
    },
    warn(message) {
      clearBar();
      stream.write(`newsfuse: warning: ${message}\n`);
    },
    progress(stage, done, total) {
      if (!tty) return;
      const t = clock();
      if (t - lastDraw < 100 && done !== total) return;
      lastDraw = t;
      const width = 30;
      const bar =
        total && total > 0
          ? `[${'#'.repeat(Math.round((done / total) * width)).padEnd(width, '.')}] ${done}/${total}`
          : `${done}`;
      stream.write(`\r\x1b[2K${stage} ${bar}`);
      barShown = true;
    },
    finish(summary) {
      clearBar();
      if (!opts.quiet && summary) stream.write(`newsfuse: ${summary}\n`);
    },
  };
}
