// Closing with the post-incident review through Slack, with hostile submissions: real Redis,
// the Slack stand-in and signed requests. A credential no provider revokes keeps it quick: a
// person confirms each step, then closes with the review.
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Incident, TimelineEntry } from '../../responder/ledger/types.js';
import { waitFor } from '../helpers/free-port.js';
import { pushPayload } from '../helpers/github-payloads.js';
import { manualToken } from '../helpers/git-secrets.js';
import { pushRepo, type PushRepo } from '../helpers/push-repo.js';
import { everythingInRedis } from '../helpers/redis-dump.js';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../helpers/redis-server.js';
import { startHarness, type Harness } from '../helpers/responder-harness.js';
import { clickSlackButton, submitSlackReview } from '../helpers/slack-click.js';

type Detail = { incident: Incident; timeline: TimelineEntry[] };
const available = redisServerAvailable();

describe.skipIf(!available)(
  available ? 'the closing review in Slack' : `the closing review (skipped: ${REDIS_MISSING})`,
  () => {
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
    const until = (id: string, what: string, ok: (d: Detail) => boolean) =>
      waitFor(async () => ((d) => (ok(d) ? d : undefined))(await detail(id)), what, 30_000, 100);

    /** A pushed token that no provider revokes, its steps confirmed by a responder: ready to close. */
    async function settled(name: string): Promise<Incident> {
      repo = pushRepo(`octo-org/${name}`);
      h = await startHarness({
        redisUrl: redis.url,
        repoRoot: repo.root,
        env: { LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS' },
      });
      repo.commit({ 'ci/deploy.sh': `export OPENAI_API_KEY=${manualToken()}\n` });
      await h.deliver('push', pushPayload({ fullName: repo.fullName }, repo.push()));
      const id = await waitFor(
        async () => (await h.api<{ incidents: { id: string }[] }>('/incidents')).incidents[0]?.id,
        'the incident',
        20_000,
      );
      const { incident } = await until(id, 'the Slack message', (d) => !!d.incident.slack);
      const press = (value: string, action = 'done') =>
        clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, action, id, 'U0SECOPS', {
          messageTs: incident.slack!.ts,
          value,
        });
      await press(`${id}:revoke`);
      await press(`${id}:rotate`);
      await press(`${id}:history:private`, 'history-not-needed');
      return (await until(id, 'the review to be asked for', (d) => d.incident.steps.report?.status === 'task'))
        .incident;
    }

    it('opens the modal only for a responder, with the trigger of the click, and never ticks the report itself', async () => {
      const incident = await settled('review-open');
      expect(incident.state).toBe('contained');
      expect(incident.steps.report?.detail).toMatch(/a responder closes the incident with the post-incident review/);
      // The message is re-rendered by a sync job of its own: wait for the update with the button.
      const message = await waitFor(
        () =>
          h.slack
            .posts()
            .filter((p) => p.method === 'chat.update')
            .find((p) => JSON.stringify(p.blocks).includes('"action_id":"leakhound_close"')),
        'the "Close with review" button',
      );
      expect(JSON.stringify(message.blocks)).not.toContain(`${incident.id}:report`);

      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'close', incident.id, 'U0GUEST', {
        messageTs: incident.slack!.ts,
      });
      await until(incident.id, 'the refusal', (d) => d.timeline.some((e) => e.kind === 'refused'));
      expect(h.slack.views()).toHaveLength(0);

      await clickSlackButton(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, 'close', incident.id, 'U0SECOPS', {
        messageTs: incident.slack!.ts,
      });
      expect(h.slack.views()).toHaveLength(1);
      const view = h.slack.views()[0]!.view;
      expect(JSON.parse(String(view.private_metadata))).toEqual({
        incidentId: incident.id,
        channel: 'C0SECURITY',
        messageTs: incident.slack!.ts,
      });
      expect((await detail(incident.id)).incident.state).toBe('contained');
    });

    it.each<[string, Parameters<typeof submitSlackReview>[3], string, string]>([
      ['no root cause', { rootCause: '' }, 'root_cause', 'Choose a root cause'],
      ['an unknown root cause', { rootCause: '__proto__' }, 'root_cause', 'Choose a root cause'],
      ['"other" without words', { rootCause: 'other' }, 'root_cause_text', 'say in a few words'],
      ['an empty "what failed"', { whatFailed: ' \n ' }, 'what_failed', 'Say what failed'],
      ['a huge "what failed"', { whatFailed: 'x'.repeat(3001) }, 'what_failed', '3000 characters'],
      ['too many follow-ups', { followUps: 'a\n'.repeat(21) }, 'follow_ups', 'At most 20'],
      ['a long follow-up', { followUps: 'y'.repeat(301) }, 'follow_ups', '300 characters'],
    ])('answers %s inside the modal and changes nothing', async (_, fields, block, message) => {
      const incident = await settled(`review-bad-${block}`);
      const res = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, fields, 'U0SECOPS', {
        messageTs: incident.slack!.ts,
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors[block]).toContain(message);
      const after = await detail(incident.id);
      expect(after.incident.state).toBe('contained');
      expect(await h.server.services.ledger.getField(incident.id, 'review:pending')).toBeUndefined();
    });

    it('authorizes again at submission: a non-responder is refused in the modal and on the record', async () => {
      const incident = await settled('review-guest');
      const res = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, {}, 'U0GUEST', {
        messageTs: incident.slack!.ts,
      });
      expect(((await res.json()) as { errors: Record<string, string> }).errors.root_cause).toMatch(
        /Only the security responders/,
      );
      const d = await until(incident.id, 'the refusal', (x) => x.timeline.some((e) => e.kind === 'refused'));
      expect(d.timeline.find((e) => e.kind === 'refused')).toMatchObject({ actor: 'slack:U0GUEST' });
      expect(d.incident.state).toBe('contained');
      // Another workspace or a forged incident id in the metadata is refused the same way.
      const foreign = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, {}, 'U0SECOPS', {
        team: 'T0OTHER',
        messageTs: incident.slack!.ts,
      });
      expect(((await foreign.json()) as { errors: Record<string, string> }).errors.root_cause).toMatch(
        /another Slack workspace/,
      );
      const forged = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, {}, 'U0SECOPS', {
        metadata: JSON.stringify({ incidentId: '../../x' }),
      });
      expect(((await forged.json()) as { errors: Record<string, string> }).errors.root_cause).toMatch(
        /did not come from leakhound/,
      );
    });

    it('refuses an unsigned or oversized submission before reading it', async () => {
      const incident = await settled('review-unsigned');
      const body = new URLSearchParams({ payload: JSON.stringify({ type: 'view_submission' }) }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const wrong = `v0=${createHmac('sha256', 'not-the-secret').update(`v0:${ts}:${body}`).digest('hex')}`;
      const unsigned = await fetch(`${h.baseUrl}/slack/actions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': wrong,
        },
        body,
      });
      expect(unsigned.status).toBe(401);
      const big = await submitSlackReview(h.baseUrl, h.env.SLACK_SIGNING_SECRET!, incident.id, {
        whatFailed: 'z'.repeat(1_100_000),
      });
      expect(big.status).toBe(413);
      expect((await detail(incident.id)).incident.state).toBe('contained');
    });

    it('closes with the review: the report has it, escaped on the page, with any pasted secret redacted', async () => {
      const incident = await settled('review-close');
      const pasted = manualToken();
      const res = await submitSlackReview(
        h.baseUrl,
        h.env.SLACK_SIGNING_SECRET!,
        incident.id,
        {
          rootCause: 'other',
          rootCauseText: 'pasted into a <script>alert(1)</script> wiki page',
          whatFailed: `the key ${pasted} was\nin the wiki`,
          followUps: 'clean the wiki history',
          addHook: false,
        },
        'U0SECOPS',
        { messageTs: incident.slack!.ts },
      );
      expect(await res.text()).toBe('');
      const d = await until(
        incident.id,
        'the incident closed',
        (x) => x.incident.state === 'closed' && x.incident.steps.report?.status === 'done',
      );
      expect(d.incident).toMatchObject({ resolution: 'contained', acknowledged: { by: 'slack:U0SECOPS' } });
      expect(d.timeline.filter((e) => e.kind === 'follow-up').map((e) => e.text)).toEqual([
        'follow-up task: clean the wiki history',
      ]);
      const report = await waitFor(
        () => h.api<string>(`/incidents/${incident.id}/report`).catch(() => undefined),
        'the report',
      );
      expect(report).toContain('## Root cause\n\nother: pasted into a <script>alert(1)</script> wiki page');
      expect(report).toContain('- [ ] clean the wiki history');
      expect(report).not.toContain(pasted);
      const page = await (
        await fetch(`${h.baseUrl}/ui/incidents/${incident.id}`, {
          headers: { authorization: `Bearer ${h.env.LEAKHOUND_API_TOKEN}` },
        })
      ).text();
      expect(page).toContain('pasted into a &lt;script&gt;alert(1)&lt;/script&gt; wiki page');
      expect(page).not.toContain('<script>');
      expect(await everythingInRedis(h.server.services.redis)).not.toContain(pasted);
    });

    it('closes with the review from the incident page too, in the name of whoever signed in', async () => {
      const incident = await settled('review-page');
      const origin = { origin: h.baseUrl, 'content-type': 'application/x-www-form-urlencoded' };
      const login = await fetch(`${h.baseUrl}/ui/login`, {
        method: 'POST',
        headers: origin,
        body: new URLSearchParams({ token: h.env.LEAKHOUND_API_TOKEN! }).toString(),
        redirect: 'manual',
      });
      const cookie = /leakhound_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
      const pageHtml = await (await fetch(`${h.baseUrl}/ui/incidents/${incident.id}`, { headers: { cookie } })).text();
      expect(pageHtml).toContain('<h3 id="review-form">Close with review</h3>');
      const csrf = /name="csrf" value="([^"]+)"/.exec(pageHtml)![1]!;
      const res = await fetch(`${h.baseUrl}/ui/incidents/${incident.id}/review`, {
        method: 'POST',
        headers: { ...origin, cookie },
        body: new URLSearchParams({
          csrf,
          rootCause: 'ci-log',
          whatFailed: 'the CI log printed the env',
          addHook: 'on',
        }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      const d = await until(incident.id, 'the incident closed', (x) => x.incident.steps.report?.status === 'done');
      expect(d.incident.steps.report).toMatchObject({ by: 'web:api-token' });
      expect(d.timeline.find((e) => e.kind === 'review')).toMatchObject({ actor: 'web:api-token' });
      const report = await waitFor(
        () => h.api<string>(`/incidents/${incident.id}/report`).catch(() => undefined),
        'the report',
      );
      expect(report).toContain('## Root cause\n\nCI log (review by web:api-token');
      expect(report).toContain('run `leakhound hook install`');
    });
  },
);
