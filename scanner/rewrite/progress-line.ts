// One status line on stderr while a rewrite runs on a terminal: blobs read and rewritten,
// MB/s, then commits exported. Nothing when stderr is not a TTY, nor for runs under a second.

export interface RewriteProgress {
  blob(bytes: number): void;
  rewritten(): void;
  commit(): void;
  stop(): void;
}

const NOOP: RewriteProgress = { blob() {}, rewritten() {}, commit() {}, stop() {} };

export function rewriteProgress(enabled: boolean): RewriteProgress {
  if (!enabled) return NOOP;
  const started = Date.now();
  let blobs = 0;
  let bytes = 0;
  let rewritten = 0;
  let commits = 0;
  let last = started;
  let shown = false;
  const draw = (force = false): void => {
    const now = Date.now();
    if (!force && (now - last < 250 || now - started < 1000)) return;
    last = now;
    shown = true;
    const secs = Math.max((now - started) / 1000, 0.001);
    const mb = bytes / 1e6;
    process.stderr.write(
      `\r\x1b[Krewrite: ${blobs} blobs read (${mb.toFixed(1)} MB, ${(mb / secs).toFixed(1)} MB/s), ${rewritten} rewritten | ${commits} commits`,
    );
  };
  return {
    blob(n) {
      blobs++;
      bytes += n;
      draw();
    },
    rewritten() {
      rewritten++;
    },
    commit() {
      commits++;
      if ((commits & 63) === 0) draw();
    },
    stop() {
      if (shown) {
        draw(true);
        process.stderr.write('\n');
        shown = false;
      }
    },
  };
}
