// Re-exposure reopens: a closed incident whose credential shows up again somewhere more exposed
// (another repository, a repository that became public, a reopened alert) is a new round with
// its own Slack message and steps, not a reply in an old thread.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualToken } from '../helpers/git-secrets.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { alertPayload, pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(available ? 're-exposure' : `re-exposure (skipped: ${REDIS_MISSING})`, () => {
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

  const detail = (id: string) => h.api<Detail>(`/incidents/${id}`);
  const topLevel = () => h.slack.posts().filter((p) => p.method === 'chat.postMessage' && !p.threadTs);

  async function closeAsUsedInTests(id: string): Promise<void> {
    await waitFor(async () => (await detail(id)).incident.slack, 'the Slack message');
    await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'used-in-tests', id);
    await waitFor(async () => (await detail(id)).incident.state === 'closed', 'the incident to close');
  }

  it('reopens a closed "used in tests" credential when it is pushed to a public repository', async () => {
    repo = pushRepo('octo-org/was-private');
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root });
    const token = manualToken();
    repo.commit({ 'test/fixture.txt': `${token}\n` });
    await h.deliver('push', pushPayload({ fullName: repo.fullName, private: true }, repo.push()));
    const id = await waitFor(
      async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
      'the incident',
    );
    await closeAsUsedInTests(id);

    repo.commit({ 'docs/example.md': `token: ${token}\n` });
    await h.deliver('push', pushPayload({ fullName: repo.fullName, private: false }, repo.push()));
    const d = await waitFor(async () => {
      const x = await detail(id);
      const reopened = x.incident.round === 2 && x.timeline.some((e) => e.kind === 'reopened');
      return reopened && x.incident.steps.access?.status === 'done' ? x : undefined;
    }, 'the second round');
    expect(d.incident).toMatchObject({ state: 'open', visibility: 'public', round: 2 });
    expect(d.incident.resolution).toBeUndefined();
    expect(d.incident.steps.revoke?.status).toBe('task');
    expect(d.timeline.find((e) => e.kind === 'reopened')?.text).toMatch(
      /round 2: the credential was closed as used-in-tests, and is now octo-org\/was-private is now public/,
    );
    await waitFor(() => topLevel().length === 2, 'a new Slack message for the new round');
    expect((await h.api<{ incidents: unknown[] }>('/incidents')).incidents).toHaveLength(1);
  });

  it.each([
    ['reopened', /alert #4 was reopened/],
    ['publicly_leaked', /alert #4: found in a public location/],
  ])('reopens a closed incident when GitHub sends %s for its alert', async (action, reason) => {
    repo = pushRepo('octo-org/alert-reopen');
    h = await startHarness({ redisUrl: redis.url, repoRoot: repo.root });
    h.github.alerts.set(`${repo.fullName}#4`, {
      number: 4,
      secret_type: 'example_token',
      secret: `example-${'r4'.repeat(12)}`,
      state: 'open',
      resolution: null,
      created_at: '2024-05-01T10:05:00Z',
      locations: [],
    });
    await h.deliver('secret_scanning_alert', alertPayload({ fullName: repo.fullName }, 'created', { number: 4 }));
    const id = await waitFor(
      async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
      'the incident',
    );
    await closeAsUsedInTests(id);
    await h.deliver('secret_scanning_alert', alertPayload({ fullName: repo.fullName }, action, { number: 4 }));
    const d = await waitFor(async () => {
      const x = await detail(id);
      return x.incident.round === 2 && x.timeline.some((e) => e.kind === 'reopened') ? x : undefined;
    }, 'the second round');
    expect(d.incident.state).toBe('open');
    expect(d.timeline.find((e) => e.kind === 'reopened')?.text).toMatch(reason);
  });
});
