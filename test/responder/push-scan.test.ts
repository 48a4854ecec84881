// The push path against real git: new branches, force pushes, clean pushes, and what the
// repository's own .gitleaksignore suppresses. Credentials here (OpenAI keys) have no
// automatic revocation, so no provider is contacted: each incident carries a "revoke it" task.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

/** An OpenAI user key: verifiable, but no API revokes it, so a person gets the task. */
function manualToken(): string {
  return join('sk-', rand(ALNUM, 20), 'T3Blbk', 'FJ', rand(ALNUM, 20));
}

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

  async function setUp(name: string): Promise<void> {
    repo = pushRepo(`octo-org/${name}`);
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root });
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

  it("opens nothing for what the repository's .gitleaksignore allows", async () => {
    await setUp('suppressed');
    const token = manualToken();
    repo.commit({
      'test/fixtures/token.txt': `${token}\n`,
      '.gitleaksignore': 'test/fixtures/token.txt:openai-api-key:1\n',
    });
    const range = repo.push();
    await h.deliver('push', pushPayload({ fullName: repo.fullName }, range));
    expect(await afterTriage(range)).toEqual([]);
    const triage = (await h.server.services.producer.queues.intake.getJobs(['completed'])).find(
      (j) => j.name === 'triage',
    );
    expect(triage?.returnvalue).toEqual({ incidents: [], suppressed: 1 });
  });
});
