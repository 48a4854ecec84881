

// scanner/progress.ts
import cliProgress from "cli-progress";
var NOOP = { tick() {
}, stop() {
} };
function createProgress(unit, totalItems, totalBytes, enabled = !!process.stderr.isTTY) {
  if (!enabled) return NOOP;
  const started = Date.now();
  let items = 0;
  let bytes = 0;
  let bar = null;
  const mb = (n) => (n / 1e6).toFixed(1);
  const payload = () => {
    const secs = Math.max((Date.now() - started) / 1e3, 1e-3);
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
            format: "{bar} {value}/{total} {unit} | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted}",
            hideCursor: true,
            clearOnComplete: true,
            fps: 5
          },
          cliProgress.Presets.shades_classic
        );
        bar.start(totalItems, items, payload());
      }
      bar?.update(items, payload());
    },
    stop() {
      bar?.stop();
    }
  };
}

export {
  createProgress
};
