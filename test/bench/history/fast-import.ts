// Process helpers for the history benchmark's generator.
import { spawn } from 'node:child_process';

/** Streams a fast-import command stream into `repo`, honouring back-pressure from git. */
export function fastImport(
  repo: string,
  marks: string,
  body: (write: (s: string | Buffer) => Promise<void> | void) => Promise<void>,
): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet', `--export-marks=${marks}`], {
    cwd: repo,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`)))),
  );
  const write = (s: string | Buffer): Promise<void> | void => {
    if (!child.stdin.write(s)) return new Promise((r) => child.stdin.once('drain', () => r()));
  };
  return body(write).then(() => {
    child.stdin.end();
    return done;
  });
}

export function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: 'inherit' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}
