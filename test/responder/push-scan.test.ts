// The push path against real git: new branches, force pushes, clean pushes, and what the
// repository's own .gitleaksignore suppresses. Credentials here (OpenAI keys) have no
// automatic revocation, so no provider is contacted: each incident carries a "revoke it" task.
import { renameSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import { Detector } from '../../scanner/detect/detector.js';
import { manualToken } from '../helpers/git-secrets.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { alertPayload, pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(available ? 'push scanning' : `push scanning (skipped: ${REDIS_MISSING})`, () => {
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

  async function setUp(name: string, env: Record<string, string> = {}): Promise<void> {
    repo = pushRepo(`octo-org/${name}`);
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root, env });
  }

  /** Waits until the push's triage job finished, then lists incidents. */
  async function afterTriage(range: { before: string; after: string }): Promise<Detail[]> {
    await waitFor(
      async () => {
        const done = await h.server.services.producer.queues.intake.getJobs(['completed']);
        return done.some((j) => j.name === 'triage' && j.data.repo?.fullName === repo.fullName && j.returnvalue);
      },
      `triage of ${range.before.slice(0, 7)}..${range.after.slice(0, 7)}`,
    );
    const list = await h.api<{ incidents: { id: string }[] }>('/incidents');
    return Promise.all(list.incidents.map((i) => h.api<Detail>(`/incidents/${i.id}`)));
  }

  it('scans a new branch, opens an incident with a task to revoke, and alerts Slack', async () => {
    await setUp('new-branch');
    const token = manualToken();
    repo.commit({ 'ci/deploy.sh': `#!/bin/sh\nexport OPENAI_API_KEY=${token}\n` }, { author: 'Pat Pusher' });
    const range = repo.push('feature/x');
    expect(range.before).toBe('0'.repeat(40));
    expect(
      (await h.deliver('push', pushPayload({ fullName: repo.fullName, private: true }, range, 'feature/x'))).status,
    ).toBe(202);
    const [d, ...rest] = await afterTriage(range);
    expect(rest).toHaveLength(0);
    expect(d!.incident).toMatchObject({
      ruleId: 'openai-api-key',
      provider: null,
      state: 'open',
      severity: 'high',
      visibility: 'private',
    });
    expect(d!.incident.steps).toMatchObject({
      revoke: { status: 'task', detail: expect.stringContaining('https://platform.openai.com/api-keys') },
      rotate: { status: 'task' },
      access: { status: 'done' },
    });
    await waitFor(() => h.slack.posts().some((p) => !p.threadTs), 'the Slack alert');
    const everywhere = [
      await everythingInRedis(h.server.services.redis),
      JSON.stringify(h.slack.requests),
      h.logs.join('\n'),
    ].join('\n');
    expect(everywhere).not.toContain(token);
  });

  it('scans what a force push introduced', async () => {
    await setUp('force-push');
    const base = repo.commit({ 'README.md': 'hello\n' });
    repo.commit({ 'notes.txt': 'nothing to see\n' });
    repo.push();
    repo.resetTo(base);
    const token = manualToken();
    repo.commit({ 'src/client.ts': `const token = '${token}';\n` });
    const range = repo.push('main', { force: true });
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    const [d] = await afterTriage(range);
    expect(d!.incident.locations).toEqual([
      expect.objectContaining({ file: 'src/client.ts', startLine: 1, commit: range.after }),
    ]);
  });

  it("opens nothing for what the default branch's .gitleaksignore allows", async () => {
    await setUp('suppressed');
    const token = manualToken();
    repo.commit({ '.gitleaksignore': 'test/fixtures/token.txt:openai-api-key:1\n' });
    repo.push();
    repo.commit({ 'test/fixtures/token.txt': `${token}\n` });
    const range = repo.push();
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    expect(await afterTriage(range)).toEqual([]);
    const triage = (await h.server.services.producer.queues.intake.getJobs(['completed'])).find(
      (j) => j.name === 'triage',
    );
    expect(triage?.returnvalue).toEqual({ incidents: [], suppressed: 1 });
  });

  it('says which alert could not be fetched and what to set, when the worker has no GitHub credentials', async () => {
    await setUp('no-credentials', { GITHUB_TOKEN: '' });
    expect(h.logs.some((l) => l.includes('neither GITHUB_TOKEN nor GITHUB_APP_ID'))).toBe(true);
    await h.deliver('secret_scanning_alert', alertPayload({ fullName: repo.fullName }, 'created', { number: 31 }));
    const alert = await waitFor(
      () => h.slack.posts().find((p) => !p.threadTs && /needs a human/.test(p.text)),
      'the needs-a-human alert',
      20_000,
    );
    expect(alert.text).toMatch(/could not fetch GitHub secret scanning alert #31 for octo-org\/no-credentials/);
    expect(alert.text).toMatch(/GITHUB_TOKEN with "Secret scanning alerts: read"/);
  });

  it('runs a redelivered push again when its jobs failed the first time', async () => {
    await setUp('redeliver', { LEAKHOUND_JOB_ATTEMPTS: '2' });
    const token = manualToken();
    repo.commit({ 'ci/deploy.sh': `export GH_TOKEN=${token}\n` });
    const range = repo.push();
    const bare = `${repo.root}/${repo.fullName}.git`;
    renameSync(bare, `${bare}.away`); // GitHub (or the network) is unreachable for a while
    const payload = pushPayload({ fullName: repo.fullName }, range);
    expect((await h.deliver('push', payload, 'delivery-r')).status).toBe(202);
    await waitFor(
      async () =>
        (await h.server.services.producer.queues.intake.getJobs(['failed'])).some((j) => j.name === 'scan-push'),
      'the scan to fail for good',
      20_000,
    );
    renameSync(`${bare}.away`, bare);
    const again = await h.deliver('push', payload, 'delivery-r');
    expect(again.status).toBe(202);
    const [d] = await waitFor(async () => {
      const list = await h.api<{ incidents: { id: string }[] }>('/incidents');
      return list.incidents.length ? list.incidents : undefined;
    }, 'the incident from the redelivery');
    expect(d).toBeDefined();
    expect((await h.deliver('push', payload, 'delivery-r')).status).toBe(200);
  });

  it('keeps an accepted delivery through a Redis power loss (appendfsync always)', async () => {
    repo = pushRepo('octo-org/power-loss');
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root, workers: 0 });
    repo.commit({ 'a.txt': 'a\n' });
    const payload = pushPayload({ fullName: repo.fullName }, repo.push());
    expect((await h.deliver('push', payload, 'delivery-p')).status).toBe(202);
    await redis.kill();
    await redis.start();
    const intake = h.server.services.producer.queues.intake;
    await waitFor(async () => (await intake.getJobs(['waiting'])).some((j) => j.name === 'scan-push'), 'the job');
    expect((await h.deliver('push', payload, 'delivery-p')).status).toBe(200);
  });

  it('scans only what a new branch adds over the default branch, without re-reporting old incidents', async () => {
    await setUp('branch-off');
    repo.commit({ 'old.sh': `export GH_TOKEN=${manualToken()}\n` });
    const first = repo.push();
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, first));
    await afterTriage(first);
    const fresh = manualToken();
    repo.commit({ 'new.sh': `export GH_TOKEN=${fresh}\n` });
    const branch = repo.push('feature/y');
    expect(branch.before).toBe('0'.repeat(40));
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, branch, 'feature/y'));
    const triage = await waitFor(async () => {
      const done = await h.server.services.producer.queues.intake.getJobs(['completed']);
      const t = done.filter((j) => j.name === 'triage' && j.returnvalue);
      return t.length === 2 ? t : undefined;
    }, 'both triages');
    const incidents = triage.map((j) => (j.returnvalue as { incidents: string[] }).incidents);
    expect(incidents.map((i) => i.length).sort()).toEqual([1, 1]);
    expect(new Set(incidents.flat()).size).toBe(2);
    const scanned = h.logs
      .map((l) => JSON.parse(l) as { msg: string; commits?: number })
      .filter((l) => l.msg === 'scanned push');
    expect(scanned.map((l) => l.commits)).toEqual([1, 1]);
  });

  it('bounds one push: a few incidents, the rest folded into one "mass leak" incident with counts', async () => {
    await setUp('mass-leak', { LEAKHOUND_MAX_INCIDENTS_PER_PUSH: '3', LEAKHOUND_MAX_FINDINGS_PER_PUSH: '100' });
    const tokens = Array.from({ length: 8 }, () => manualToken());
    const content = tokens.map((t) => `GH_TOKEN=${t}`).join('\n');
    // The same blob under 26 paths: 208 findings of 8 credentials.
    repo.commit(Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`copies/${i}/keys.env`, `${content}\n`])));
    const range = repo.push();
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    const all = await afterTriage(range);
    expect(all).toHaveLength(4);
    const mass = all.find((d) => d.incident.ruleId === 'mass-leak')!;
    expect(mass.incident).toMatchObject({ credential: '5 credentials', provider: null, severity: 'critical' });
    // The cap keeps every credential's first place before anyone's second: all 8 were triaged.
    expect(mass.timeline[0]!.text).toMatch(/5 × openai-api-key; 108 more places of credentials already counted/);
    for (const d of all) expect(d.incident.locations.length).toBeLessThanOrEqual(20);
    await waitFor(
      () => h.slack.posts().filter((p) => p.method === 'chat.postMessage' && !p.threadTs).length === 4,
      'four Slack messages',
    );
    const everywhere = [await everythingInRedis(h.server.services.redis), JSON.stringify(h.slack.requests)].join('\n');
    for (const t of tokens) expect(everywhere).not.toContain(t);
  });

  it('reads the rules over one blob once however many paths carry it, and contains its credential once', async () => {
    await setUp('one-blob-many-paths');
    const body = rand(ALNUM, 30);
    const token = join('ghp', '_', body, base62(crc32(body), 6));
    h.github.liveTokens.add(token);
    const paths = Array.from({ length: 500 }, (_, i) => `services/svc-${i}/deploy.sh`);
    repo.commit(Object.fromEntries(paths.map((p) => [p, `#!/bin/sh\nexport GH_TOKEN=${token}\n`])));
    const range = repo.push();
    // Detection runs in this process (in-process workers): count every call into the rules.
    const detect = vi.spyOn(Detector.prototype, 'detect');
    const detectContent = vi.spyOn(Detector.prototype, 'detectContent');
    let id = '';
    try {
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
      const [d, ...rest] = await afterTriage(range);
      expect(rest).toHaveLength(0);
      // (The log scrubber also runs a detector over log messages: those calls are not the scan's.)
      const scans = detect.mock.calls.filter(([f]) => f.path.startsWith('services/')).length;
      expect(scans + detectContent.mock.calls.length).toBe(1);
      expect(d!.incident).toMatchObject({ ruleId: 'github-pat', provider: 'github' });
      expect(d!.incident.locations).toHaveLength(20);
      expect(d!.timeline.find((e) => e.kind === 'more-places')?.text).toMatch(
        /^this push carries the credential in 480 more places than those listed/,
      );
      id = d!.incident.id;
      await waitFor(async () => (await h.api<Detail>(`/incidents/${id}`)).incident.containedAt, 'containment', 20_000);
    } finally {
      detect.mockRestore();
      detectContent.mockRestore();
    }
    expect(h.github.requests.filter((r) => r.path === '/credentials/revoke')).toHaveLength(1);
    const jobs = await h.server.services.producer.queues.containment.getJobs([
      'completed',
      'failed',
      'waiting',
      'delayed',
      'active',
    ]);
    expect(new Set(jobs.map((j) => j.data.incidentId))).toEqual(new Set([id]));
    expect(jobs.length).toBeLessThanOrEqual(4);
    expect(h.slack.posts().filter((p) => p.method === 'chat.postMessage' && !p.threadTs)).toHaveLength(1);
    const scanned = h.logs
      .map((l) => JSON.parse(l) as { msg: string; findings?: number })
      .find((l) => l.msg === 'scanned push');
    expect(scanned?.findings).toBe(500);
  });

  it("waits out Slack's Retry-After in every worker instead of spending the jobs' retries", async () => {
    await setUp('rate-limited', { LEAKHOUND_JOB_ATTEMPTS: '2' });
    h.slack.rateLimitNext = 4;
    repo.commit({ 'ci/deploy.sh': `export GH_TOKEN=${manualToken()}\n` });
    const range = repo.push();
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    const [d] = await afterTriage(range);
    // Set only once chat.postMessage succeeded: after four 429s, with two attempts per job.
    await waitFor(
      async () => (await h.api<Detail>(`/incidents/${d!.incident.id}`)).incident.slack,
      'the Slack message after the pauses',
      20_000,
    );
    expect(h.slack.rateLimitNext).toBe(0);
    expect(await h.server.services.producer.queues.notify.getJobs(['failed'])).toEqual([]);
    expect(h.logs.some((l) => l.includes('Slack rate limit: every worker pauses'))).toBe(true);
  });
});
