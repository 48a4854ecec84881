// Slack buttons are an authorization boundary: a signed click from someone who is not a
// security responder (or from another workspace or channel) changes nothing, is refused with
// an ephemeral message only they see, and is recorded in the incident's timeline.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { alertPayload } from '../helpers/github-payloads.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton } from '../helpers/slack-click.js';

const available = redisServerAvailable();
type Detail = { incident: Incident; timeline: TimelineEntry[] };
const REPO = 'octo-org/authz';

describe.skipIf(!available)(
  available ? 'Slack authorization' : `Slack authorization (skipped: ${REDIS_MISSING})`,
  () => {
    let redis: RedisServer;
    let h: Harness;

    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => redis?.stop());
    afterEach(async () => h?.close());

    /** An incident from a GitHub alert (no provider, so nothing but the buttons changes it). */
    async function openIncident(env: Record<string, string> = {}): Promise<string> {
      h = await startHarness({ redisUrl: redis.url, env });
      h.slack.groups.set('S0SECTEAM', ['U0GROUPIE', 'U0OTHER']);
      h.github.alerts.set(`${REPO}#5`, {
        number: 5,
        secret_type: 'example_token',
        secret: `example-${'q7'.repeat(12)}`,
        state: 'open',
        resolution: null,
        created_at: '2024-05-01T10:05:00Z',
        locations: [],
      });
      await h.deliver('secret_scanning_alert', alertPayload({ fullName: REPO }, 'created', { number: 5 }));
      const id = await waitFor(
        async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
        'the incident',
      );
      // The channel message exists (its ts is what a real button click carries).
      await waitFor(async () => (await h.api<Detail>(`/incidents/${id}`)).incident.slack, 'the Slack message');
      return id;
    }

    const press = (id: string, action: string, user: string, opts = {}) =>
      clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, id, user, opts);

    const refusal = (id: string, user: string) =>
      waitFor(async () => {
        const d = await h.api<Detail>(`/incidents/${id}`);
        return d.timeline.find((e) => e.kind === 'refused' && e.actor === `slack:${user}`) ? d : undefined;
      }, `the refusal of ${user}`);

    it('refuses "False positive" from someone who is not a responder, tells only them, and records it', async () => {
      const id = await openIncident({ LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS,S0SECTEAM' });
      expect((await press(id, 'false-positive', 'U0GUEST')).status).toBe(200);
      const d = await refusal(id, 'U0GUEST');
      expect(d.incident.state).toBe('open');
      expect(d.timeline.map((e) => e.kind)).not.toContain('false-positive');
      expect(d.timeline.find((e) => e.kind === 'refused')!.text).toMatch(/not one of the security responders/);
      const ephemeral = await waitFor(
        () => h.slack.posts().find((p) => p.method === 'chat.postEphemeral'),
        'the ephemeral refusal',
      );
      expect(ephemeral).toMatchObject({ user: 'U0GUEST', channel: 'C0SECURITY' });
      expect(ephemeral.text).toBe(
        'Only the security responders (<@U0SECOPS>, <!subteam^S0SECTEAM>) can do this. Nothing changed.',
      );
      expect(h.github.alerts.get(`${REPO}#5`)?.resolution).toBeNull();
      expect(h.github.requests.some((r) => r.method === 'PATCH')).toBe(false);
    });

    it('accepts a member of a responder user group, looked up with usergroups.users.list and cached', async () => {
      const id = await openIncident({ LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS,S0SECTEAM' });
      await press(id, 'acknowledge', 'U0GROUPIE');
      await waitFor(
        async () => (await h.api<Detail>(`/incidents/${id}`)).incident.acknowledged?.by === 'slack:U0GROUPIE',
        'the acknowledgement',
      );
      await press(id, 'acknowledge', 'U0OTHER');
      await waitFor(async () => {
        const jobs = await h.server.services.producer.queues.incident.getJobs(['completed']);
        return jobs.filter((j) => j.name === 'slack-action').length === 2;
      }, 'both clicks to be handled');
      expect(h.slack.requests.filter((r) => r.path.includes('usergroups.users.list'))).toHaveLength(1);
      expect((await h.api<Detail>(`/incidents/${id}`)).timeline.some((e) => e.kind === 'refused')).toBe(false);
    });

    it.each([
      ['another workspace (a shared channel)', { team: 'T0OTHERCO' }, /another Slack workspace/],
      ['another channel', { channel: 'C0RANDOM' }, /another channel/],
      ["another message than the incident's", { messageTs: '1700000099.000001' }, /not on this incident's message/],
    ])('refuses a responder whose click comes from %s', async (_, opts, reason) => {
      const id = await openIncident({ LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS' });
      await press(id, 'used-in-tests', 'U0SECOPS', opts);
      const d = await refusal(id, 'U0SECOPS');
      expect(d.incident.state).toBe('open');
      expect(d.timeline.find((e) => e.kind === 'refused')!.text).toMatch(reason);
    });

    it('refuses every button, naming the variable, when LEAKHOUND_SLACK_RESPONDERS is unset', async () => {
      const id = await openIncident({ LEAKHOUND_SLACK_RESPONDERS: '' });
      await press(id, 'acknowledge', 'U0SECOPS');
      const d = await refusal(id, 'U0SECOPS');
      expect(d.incident.acknowledged).toBeUndefined();
      const ephemeral = await waitFor(
        () => h.slack.posts().find((p) => p.method === 'chat.postEphemeral'),
        'the ephemeral refusal',
      );
      expect(ephemeral.text).toMatch(/^LEAKHOUND_SLACK_RESPONDERS is not set/);
    });
  },
);
