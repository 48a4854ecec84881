// Runs a command as a child process and measures it: wall time, and CPU time and peak resident
// memory from GNU time (`User time`, `System time`, `Maximum resident set size`) where
// /usr/bin/time is available.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  code: number | null;
  ms: number;
  /** User plus system CPU time, or null when it could not be measured. */
  cpuMs: number | null;
  /** Peak RSS in bytes, or null when it could not be measured. */
  maxRss: number | null;
  stderr: string;
}

export function measure(command: string, args: string[], cwd: string): Promise<ChildRun> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const field = (name: string): number | null => {
        const m = new RegExp(`${name}: ([\\d.]+)`).exec(stderr);
        return m ? Number(m[1]) : null;
      };
      const kb = field('Maximum resident set size \\(kbytes\\)');
      const user = field('User time \\(seconds\\)');
      const system = field('System time \\(seconds\\)');
      const own = timed ? stderr.slice(0, stderr.lastIndexOf('\tCommand being timed')) : stderr;
      resolve({
        code,
        ms,
        cpuMs: user === null || system === null ? null : (user + system) * 1000,
        maxRss: kb === null ? null : kb * 1024,
        stderr: own.trim(),
      });
    });
  });
}
