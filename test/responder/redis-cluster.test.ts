// The responder on a real Redis Cluster (REDIS_CLUSTER_NODES): the keys are hash-tagged so
// every script and transaction stays in one slot, and BullMQ's queues share the `{prefix}` tag.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import { base62, crc32 } from '../../rules/github/checksum.js';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import {
  CLUSTER_MISSING,
  redisClusterAvailable,
  startRedisCluster,
  type RedisCluster,
} from '../helpers/redis-cluster.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const available = redisClusterAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };

describe.skipIf(!available)(available ? 'Redis Cluster' : `Redis Cluster (skipped: ${CLUSTER_MISSING})`, () => {
  let cluster: RedisCluster;
  let repo: PushRepo;
  let h: Harness;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 60_000);
  afterAll(async () => cluster?.stop());
  afterEach(async () => {
    await h?.close();
    repo?.remove();
  });

  it('takes a push in, opens the incident, follows a Slack click and closes it, all on the cluster', async () => {
    repo = pushRepo('octo-org/on-cluster');
    h = await startHarness({
      redisUrl: '',
      repoRoot: repo.root,
      env: { REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.nodes },
    });
    const body = rand(ALNUM, 30);
    const token = join('ghp', '_', body, base62(crc32(body), 6));
    repo.commit({ 'ci.sh': `GH_TOKEN=${token}\n` });
    expect((await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()))).status).toBe(202);
    const id = await waitFor(
      async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
      'the incident',
      20_000,
    );
    await waitFor(async () => (await h.api<Detail>(`/incidents/${id}`)).incident.slack, 'the Slack message', 20_000);
    await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'used-in-tests', id);
    const d = await waitFor(async () => {
      const x = await h.api<Detail>(`/incidents/${id}`);
      return x.incident.state === 'closed' && x.incident.steps.report?.status === 'done' ? x : undefined;
    }, 'the incident to close');
    expect(d.incident.resolution).toBe('used-in-tests');
    const metrics = await (
      await fetch(`${h.baseUrl}/metrics`, { headers: { authorization: `Bearer ${h.env.LEAKHOUND_METRICS_TOKEN}` } })
    ).text();
    expect(metrics).toMatch(/^leakhound_incidents\{state="closed"\} 1$/m);
    expect(h.logs.join('\n')).not.toMatch(/CROSSSLOT|job failed/);
    expect(await everythingInRedis(h.server.services.redis)).not.toContain(token);
  });
});
