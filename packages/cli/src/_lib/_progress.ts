/** A progress bar on stderr; every method is a no-op when it is not shown. */
export interface _Progress {
  /** Record that `done` bytes (or items) of the total are processed. */
  update(done: number): void;
  /** Clear the bar. */
  finish(): void;
}

/** Inputs smaller than this finish too fast to need a bar. */
export const PROGRESS_THRESHOLD_BYTES = 4 * 1024 * 1024;

const noop: _Progress = { update() {}, finish() {} };

/**
 * A progress bar for a long run, drawn on stderr only when stderr is a terminal and the input is
 * larger than a few MB (`total` unknown, e.g. stdin: no bar). Redraws at most ten times a second.
 */
export function _progress(
  label: string,
  total: number | undefined,
  stream: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): unknown } = process.stderr,
): _Progress {
  if (total === undefined || total < PROGRESS_THRESHOLD_BYTES || stream.isTTY !== true) return noop;
  let last = 0;
  const draw = (done: number) => {
    const ratio = Math.min(1, done / total);
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const filled = Math.round(ratio * width);
    const mb = (n: number) => (n / 1048576).toFixed(1);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${mb(done)}/${mb(total)} MB`);
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    finish() {
      stream.write('\r\u001b[2K');
    },
  };
}
