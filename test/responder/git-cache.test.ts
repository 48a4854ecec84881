// The worker's git cache holds leaked blobs: it is the service's own 0700 directory, not a
// shared temp one, and a repository's copy goes once its incident closes.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALNUM, join as cat, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import { cacheDir, defaultWorkDir, ensureCacheRoot, pruneCaches } from '../../responder/github/git-cache.js';
import { repoFetchUrl } from '../../responder/github/repo-url.js';
import type { Incident } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

describe('the git cache directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'leakhound-cache-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('defaults under the user cache directory, not the shared temp directory', () => {
    expect(defaultWorkDir({})).toBe(join(homedir(), '.cache', 'leakhound'));
    expect(defaultWorkDir({ XDG_CACHE_HOME: '/var/cache/svc' })).toBe('/var/cache/svc/leakhound');
  });

  it('is created 0700, and a looser existing one is tightened with a warning', async () => {
    const fresh = join(root, 'fresh');
    expect(await ensureCacheRoot(fresh)).toEqual([]);
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    expect(statSync(join(fresh, 'repos')).mode & 0o777).toBe(0o700);
    const loose = join(root, 'loose');
    mkdirSync(join(loose, 'repos'), { recursive: true, mode: 0o755 });
    const warnings = await ensureCacheRoot(loose);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/readable by others \(mode 755\); changed it to 0700/);
    expect(statSync(loose).mode & 0o777).toBe(0o700);
  });
});

const available = redisServerAvailable();
describe.skipIf(!available)(available ? 'git cache pruning' : `git cache pruning (skipped: ${REDIS_MISSING})`, () => {
  let redis: RedisServer;
  let repo: PushRepo;
  let h: Harness;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  afterEach(async () => {
    await h?.close();
    repo?.remove();
  });

  it("drops a repository's cached copy once its incident closed", async () => {
    repo = pushRepo('octo-org/prune-me');
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root });
    const body = rand(ALNUM, 30);
    repo.commit({ 'ci.sh': `GH_TOKEN=${cat('ghp', '_', body, base62(crc32(body), 6))}\n` });
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
    const id = await waitFor(
      async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
      'the incident',
    );
    const s = h.workers[0]!.services;
    const dir = cacheDir(s.config.workDir, repoFetchUrl(s.config.github, repo.fullName));
    expect(existsSync(join(dir, 'HEAD'))).toBe(true);
    expect(await pruneCaches(s)).toEqual([]);

    await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'used-in-tests', id);
    // Closing asks for the prune before it writes the report: wait for the report, not only the state.
    await waitFor(
      async () => (await h.api<{ incident: Incident }>(`/incidents/${id}`)).incident.steps.report?.status === 'done',
      'the incident to close',
    );
    // Closing records the prune request after the state: wait for it.
    await waitFor(
      async () => ((await s.redis.zscore(s.keys.cachePrune(), repo.fullName)) !== null ? true : undefined),
      'the prune request',
    );
    // Used just now may mean "in the middle of a scan": only a cache idle for a minute goes.
    expect(await pruneCaches(s)).toEqual([]);
    const past = new Date(Date.now() - 120_000);
    utimesSync(join(dir, 'leakhound-last-used'), past, past);
    expect(await pruneCaches(s)).toEqual([repo.fullName]);
    expect(existsSync(dir)).toBe(false);
  });
});
