// The worker's git cache holds leaked blobs, so it lives in a directory only the service's
// user can read (0700, refused if someone else owns it), by default under the user's own cache
// directory rather than the shared temp directory, and a repository's copy is deleted once its
// incidents close (the next push fetches what it needs again).
import { createHash } from 'node:crypto';
import { chmod, mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../scanner/errors.js';
import type { Services } from '../services.js';
import { repoFetchUrl } from './repo-url.js';

const USED = 'leakhound-last-used';
/** A cache used this recently may be in the middle of a scan: pruned on a later sweep. */
const BUSY_MS = 60_000;

export function defaultWorkDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache'), 'leakhound');
}

/** Creates the cache root 0700, tightens looser permissions, refuses one owned by another user. */
export async function ensureCacheRoot(workDir: string): Promise<string[]> {
  const warnings: string[] = [];
  await mkdir(join(workDir, 'repos'), { recursive: true, mode: 0o700 });
  for (const dir of [workDir, join(workDir, 'repos')]) {
    const st = await stat(dir);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) {
      throw new ConfigError(
        `LEAKHOUND_WORK_DIR=${workDir}: ${dir} belongs to another user; the git cache holds leaked secrets, so it must be the service's own directory`,
      );
    }
    if ((st.mode & 0o077) !== 0) {
      await chmod(dir, 0o700);
      warnings.push(`${dir} was readable by others (mode ${(st.mode & 0o777).toString(8)}); changed it to 0700`);
    }
  }
  return warnings;
}

export function cacheDir(workDir: string, fetchUrl: string): string {
  return join(workDir, 'repos', `${createHash('sha256').update(fetchUrl).digest('hex').slice(0, 24)}.git`);
}

export async function markUsed(dir: string): Promise<void> {
  const f = join(dir, USED);
  const now = new Date();
  await utimes(f, now, now).catch(() => writeFile(f, '', { mode: 0o600 }));
}

/** Called when an incident closes: every worker drops its copy of the repository. */
export async function requestPrune(s: Services, repo: string): Promise<void> {
  const now = Date.now();
  await s.redis
    .multi()
    .zadd(s.keys.cachePrune(), now, repo)
    .zremrangebyscore(s.keys.cachePrune(), '-inf', now - 30 * 24 * 3600_000)
    .exec();
}

/** Deletes this machine's copies of repositories whose incidents closed since they were last used. */
export async function pruneCaches(s: Services): Promise<string[]> {
  const pruned: string[] = [];
  const requests = await s.redis.zrangebyscore(s.keys.cachePrune(), '-inf', '+inf', 'WITHSCORES');
  for (let i = 0; i + 1 < requests.length; i += 2) {
    const repo = requests[i]!;
    const closedAt = Number(requests[i + 1]);
    let dir: string;
    try {
      dir = cacheDir(s.config.workDir, repoFetchUrl(s.config.github, repo));
    } catch {
      continue;
    }
    const used = await stat(join(dir, USED)).then(
      (st) => st.mtimeMs,
      () => undefined,
    );
    if (used === undefined || used > closedAt || Date.now() - used < BUSY_MS) continue;
    await rm(dir, { recursive: true, force: true });
    pruned.push(repo);
  }
  return pruned;
}
