import cliProgress from 'cli-progress';

export interface Progress {
  /** Records work done: items (files or blobs) and bytes. */
  tick(items: number, bytes: number): void;
  stop(): void;
}

const NOOP: Progress = { tick() {}, stop() {} };

/**
 * A progress line on stderr for long scans on a terminal: items, MB, MB/s and ETA. Nothing
 * at all when stderr is not a TTY (CI logs, pipes), and nothing for scans under half a second.
 */
export function createProgress(
  unit: string,
  totalItems: number,
  totalBytes: number,
  enabled = !!process.stderr.isTTY,
): Progress {
  if (!enabled) return NOOP;
  const started = Date.now();
  let items = 0;
  let bytes = 0;
  let bar: cliProgress.SingleBar | null = null;
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  const payload = (): Record<string, string> => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    return { mb: mb(bytes), totalMb: mb(totalBytes), rate: (bytes / 1e6 / secs).toFixed(1), unit };
  };
  return {
    tick(n, b) {
      items += n;
      bytes += b;
      if (!bar && Date.now() - started > 500) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: '{bar} {value}/{total} {unit} | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(totalItems, items, payload());
      }
      bar?.update(items, payload());
    },
    stop() {
      bar?.stop();
    },
  };
}
