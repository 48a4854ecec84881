// Side effects towards people and GitHub: keeping the Slack message and thread in step with
// the ledger, channel alerts, and resolving GitHub's secret scanning alert.
import { randomUUID } from 'node:crypto';
import { DelayedError } from 'bullmq';
import type { Handlers, JobContext } from '../queue/context.js';
import { incidentMessage, timelineReply } from '../slack/blocks.js';
import { octokitFor } from '../github/auth.js';
import { throttled } from '../slack/rate-limit.js';
import { loadIncident } from './record.js';
import { notifyPeople } from './notify-people.js';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export const notifyHandlers: Handlers<'notify'> = {
  'slack-sync': async ({ incidentId }, ctx) => {
    const slack = ctx.s.slack;
    if (!slack) return 'slack is not configured';
    const lock = ctx.s.keys.lock(incidentId, 'slack');
    const token = randomUUID();
    // One sync per incident at a time, or two workers would post the same thread reply.
    // Waiting does not use up an attempt: the job goes back to the delayed set.
    if ((await ctx.s.redis.set(lock, token, 'PX', 60_000, 'NX')) !== 'OK') {
      await ctx.job.moveToDelayed(Date.now() + 250 + Math.floor(Math.random() * 250), ctx.token);
      throw new DelayedError();
    }
    try {
      return await sync(ctx, incidentId);
    } finally {
      await ctx.s.redis.eval(RELEASE, 1, lock, token);
    }
  },

  'slack-alert': async ({ text }, ctx) => {
    const safe = ctx.scrubber.text(text);
    if (!ctx.s.slack) {
      ctx.s.log.error(safe);
      return 'logged';
    }
    const slack = ctx.s.slack;
    await throttled(ctx, () =>
      slack.post({ text: safe, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: safe } }] }),
    );
    return 'posted';
  },

  people: ({ incidentId }, ctx) => notifyPeople(ctx, incidentId),

  'github-resolve-alert': async ({ incidentId, resolution }, ctx) => {
    const incident = await loadIncident(ctx, incidentId);
    if (!incident.alert) return 'no alert';
    const [owner = '', repo = ''] = incident.alert.repo.split('/');
    const octokit = await octokitFor(ctx.s.config.github, incident.alert.installationId, {
      repo: incident.alert.repo,
      scope: 'alerts',
    });
    await octokit.rest.secretScanning.updateAlert({
      owner,
      repo,
      alert_number: incident.alert.number,
      state: 'resolved',
      resolution,
      resolution_comment: `leakhound incident ${incidentId}`,
    });
    await ctx.s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'github-alert',
      text: `resolved GitHub secret scanning alert #${incident.alert.number} as ${resolution}`,
      key: `github-resolve:${resolution}`,
    });
    return 'resolved';
  },
};

async function sync(ctx: JobContext, incidentId: string): Promise<string> {
  const slack = ctx.s.slack!;
  const { ledger } = ctx.s;
  let incident = await loadIncident(ctx, incidentId);
  let posted = false;
  if (!incident.slack) {
    const message = incidentMessage(incident);
    const r = await throttled(ctx, () => slack.post(message));
    await ledger.setOnce(incidentId, 'slack', JSON.stringify({ channel: r.channel, ts: r.ts }));
    incident = await loadIncident(ctx, incidentId);
    posted = true;
  }
  const thread = incident.slack!;
  const cursor = (await ledger.getField(incidentId, 'slackCursor')) ?? '-';
  const entries = await ledger.timeline(incidentId, cursor);
  for (const e of entries) {
    await throttled(ctx, () => slack.post(timelineReply(e), thread.ts));
    await ledger.setFields(incidentId, { slackCursor: e.seq });
  }
  if (!posted || entries.length > 0) {
    const message = incidentMessage(await loadIncident(ctx, incidentId));
    await throttled(ctx, () => slack.update(thread.channel, thread.ts, message));
  }
  return `synced ${entries.length} entries`;
}
