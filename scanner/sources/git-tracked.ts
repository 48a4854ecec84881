import { spawn } from 'node:child_process';

/**
 * Whether git tracks any file under `dir`. False when `dir` is ignored, untracked, outside a
 * git work tree, or git is not installed: then nothing there is committed code, and skipping
 * it (listed in the report) hides no committed leak. Stops git at the first byte of output,
 * so a large tracked `vendor/` costs no more than a small one.
 */
export function isTrackedByGit(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (tracked: boolean): void => {
      if (settled) return;
      settled = true;
      resolve(tracked);
    };
    const child = spawn('git', ['-C', dir, 'ls-files', '-z', '--', '.'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      // A repository's own config must not run anything while we only list files.
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_OPTIONAL_LOCKS: '0' },
    });
    child.on('error', () => done(false));
    child.stdout.on('data', () => {
      done(true);
      child.kill();
    });
    child.on('close', () => done(false));
  });
}
