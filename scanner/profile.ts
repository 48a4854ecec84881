// `LEAKHOUND_PROFILE=1`: where a run's time goes, per stage, printed to stderr when the process
// exits. Stages are wall-clock totals measured in this thread; `mark` records how long after
// process start a point was reached (start-up cost). Off by default, and then each call is one
// branch, so the timers can stay in the hot paths.

export const profiling = process.env.LEAKHOUND_PROFILE === '1';

const totals = new Map<string, { ms: number; calls: number }>();
const marks: [string, number][] = [];

/** Runs `f`, adding its duration to `stage`. */
export function timed<T>(stage: string, f: () => T): T {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}

/** Awaits `f`, adding its duration to `stage` (other work may interleave meanwhile). */
export async function timedAsync<T>(stage: string, f: () => Promise<T>): Promise<T> {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return await f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}

export function addTime(stage: string, ms: number): void {
  if (!profiling) return;
  const cur = totals.get(stage);
  if (cur) {
    cur.ms += ms;
    cur.calls++;
  } else totals.set(stage, { ms, calls: 1 });
}

/** Records that `point` was reached now (milliseconds since the process started). */
export function mark(point: string): void {
  if (profiling) marks.push([point, performance.now()]);
}

/** The report printed at exit; exported for tests. */
export function profileReport(): string {
  const lines = ['leakhound profile (LEAKHOUND_PROFILE=1): wall ms in this thread'];
  for (const [point, at] of marks) lines.push(`  at ${at.toFixed(0).padStart(7)} ms  ${point}`);
  for (const [stage, t] of totals)
    lines.push(`  ${t.ms.toFixed(0).padStart(10)} ms  ${stage} (${t.calls} call${t.calls === 1 ? '' : 's'})`);
  const cpu = process.cpuUsage();
  lines.push(
    `  total: ${performance.now().toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (all threads), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return `${lines.join('\n')}\n`;
}

if (profiling) process.on('exit', () => process.stderr.write(profileReport()));
