// Timing helpers shared by the benches: wall time from this process, CPU time (user + system)
// of the measured process and everything it started, from the shell's `times`.
import { spawnSync } from 'node:child_process';

export interface Timing {
  ms: number;
  cpuMs: number;
}

/** Runs "$@", then has the shell print the CPU time of its children (`times`, second line). */
export const TIMES = '"$@"; status=$?; times >&2; exit $status';

/** Runs a command to completion (stdout discarded) and times it. Throws when it fails. */
export function timeCommand(bin: string, args: string[], cwd?: string, okCodes: number[] = [0]): Timing {
  const started = performance.now();
  const r = spawnSync('sh', ['-c', TIMES, 'sh', bin, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...(cwd ? { cwd } : {}),
  });
  const ms = performance.now() - started;
  if (r.status === null || !okCodes.includes(r.status))
    throw new Error(
      `${bin} ${args[0] ?? ''} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-4, -2).join(' ')}`,
    );
  return { ms, cpuMs: childCpu(r.stderr) };
}

/** CPU of the children from `times` output (its last line: children's user and system). */
export function childCpu(text: string): number {
  const last = text.trim().split('\n').pop() ?? '';
  const [user = '0m0s', sys = '0m0s'] = last.trim().split(/\s+/);
  const sec = (t: string): number => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  return (sec(user) + sec(sys)) * 1000;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** "1.23× (1.10–1.40)": the median of per-round ratios and their range. */
export function ratioRange(ratios: number[]): string {
  if (ratios.length === 0) return 'n/a';
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  return ratios.length === 1
    ? `${ratios[0]!.toFixed(2)}×`
    : `${median(ratios).toFixed(2)}× (${lo.toFixed(2)}–${hi.toFixed(2)})`;
}
