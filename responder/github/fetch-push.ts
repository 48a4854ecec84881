// Brings the commits of a push into a local bare cache repository, so the scanner can walk
// `before..after` with real git. The token travels in an environment-provided header, never
// in the URL or on the command line, so it cannot show up in `ps`, git's errors or our logs.
import { execFile } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir, markUsed } from './git-cache.js';

const run = promisify(execFile);
export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface FetchPushOptions {
  workDir: string;
  cloneUrl: string;
  before: string;
  after: string;
  token?: string;
  /** Kept fetched as `refs/leakhound/default`, so a new branch is scanned only for what it adds. */
  defaultBranch?: string;
}

/** The cache's copy of the default branch, as fetched before the push's own commits. */
export const DEFAULT_REF = 'refs/leakhound/default';

export class GitFetchError extends Error {
  override name = 'GitFetchError';
}

/** The cache repository's path, with `after` (and `before`, when it still exists) fetched. */
export async function fetchPush(opts: FetchPushOptions): Promise<string> {
  const dir = cacheDir(opts.workDir, opts.cloneUrl);
  if (!(await exists(join(dir, 'HEAD')))) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await git(dir, ['init', '--bare', '--quiet'], opts.token);
  }
  await markUsed(dir);
  if (opts.defaultBranch) {
    // Failing here is not fatal: the policy falls back to the built-in defaults, the range to all of B.
    await git(
      dir,
      [
        'fetch',
        '--no-tags',
        '--quiet',
        '--no-write-fetch-head',
        '--',
        opts.cloneUrl,
        `+refs/heads/${opts.defaultBranch}:${DEFAULT_REF}`,
      ],
      opts.token,
    ).catch(() => git(dir, ['update-ref', '-d', DEFAULT_REF]).catch(() => ''));
  }
  const ref = (sha: string): string => `+${sha}:refs/leakhound/${sha}`;
  const fetch = (...shas: string[]): Promise<string> =>
    git(
      dir,
      ['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', '--', opts.cloneUrl, ...shas.map(ref)],
      opts.token,
    );
  if (opts.before === ZERO_SHA) {
    await fetch(opts.after);
    return dir;
  }
  // After a force push the old tip may be gone upstream: then fetch `after` alone, and the
  // range is defined by what we have.
  await fetch(opts.after, opts.before).catch(() => fetch(opts.after));
  return dir;
}

/**
 * Drops the refs that kept the push's commits while it was scanned. The objects stay (git
 * keeps unreachable objects for weeks), so the next push's `before` is usually present.
 */
export async function releasePush(dir: string, before: string, after: string): Promise<void> {
  for (const sha of [before, after]) {
    if (sha !== ZERO_SHA) await git(dir, ['update-ref', '-d', `refs/leakhound/${sha}`]).catch(() => {});
  }
}

/** git in `dir`, authenticated by a header from the environment (never the URL or argv). */
export async function git(dir: string, args: string[], token?: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' };
  if (token) {
    env.GIT_CONFIG_COUNT = '1';
    env.GIT_CONFIG_KEY_0 = 'http.extraHeader';
    env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 10 * 60_000,
    });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; code?: number | string };
    const detail = (e.stderr ?? '').trim().split('\n').slice(-1)[0] ?? '';
    throw new GitFetchError(`git ${args[0]} failed (exit ${String(e.code)}): ${detail}`, { cause: err });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
