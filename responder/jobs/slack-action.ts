// What the buttons on the Slack message do. The HTTP handler only acknowledged the click and
// enqueued this job, so the work here may take as long as it needs and is retried on failure.
import type { JobData } from '../queue/job-map.js';
import type { JobContext } from '../queue/context.js';
import { jobId } from '../queue/producer.js';
import type { Incident } from '../ledger/types.js';
import { confirmStep } from './confirm-step.js';
import { close, requestReview } from './lifecycle.js';
import { loadIncident, notifySlack } from './record.js';
import { approveButton } from '../providers/registry.js';
import { grantEvidence } from './evidence.js';
import { authorizeClick, type Verdict } from '../slack/responders.js';
import { historyNotNeeded, prepareHistory, pushHistory } from './history-rewrite.js';
import { retryRotation } from './rotation-retry.js';

export async function slackAction(data: JobData<'incident', 'slack-action'>, ctx: JobContext): Promise<unknown> {
  const { incidentId, action, user } = data;
  const by = `slack:${user}`;
  const incident = await loadIncident(ctx, incidentId);
  const verdict = await authorizeClick(ctx.s, data, incident);
  if (!verdict.ok) return refuse(ctx, data, verdict);
  switch (action) {
    case 'acknowledge': {
      if (await ctx.s.ledger.setOnce(incidentId, 'ack', JSON.stringify({ by, at: new Date().toISOString() }))) {
        await ctx.s.ledger.append(incidentId, {
          actor: by,
          kind: 'acknowledged',
          text: 'acknowledged the incident',
          key: 'acknowledged',
        });
      }
      return requestReview(ctx, incidentId, 'acknowledged');
    }
    case 'false-positive':
      // leakhound itself showed the credential works: saying otherwise needs a second, explicit press.
      if (incident.evidence?.kind === 'verified-live' && incident.state !== 'closed') {
        await ctx.s.ledger.setFields(incidentId, { falsePositiveAskedBy: by });
        await ctx.s.ledger.append(incidentId, {
          actor: by,
          kind: 'false-positive-asked',
          text: 'said this is a false positive, but leakhound verified the credential live; nothing changed until someone presses "Yes, false positive although live"',
          key: `false-positive-asked:${data.actionTs ?? ''}`,
        });
        return notifySlack(ctx, incidentId, `false-positive-asked:${data.actionTs ?? ''}`);
      }
      return dismiss(ctx, incident, 'false-positive', by);
    case 'false-positive-confirm':
      if (incident.evidence?.kind === 'verified-live' && !incident.falsePositiveAskedBy) return 'not asked';
      return dismiss(ctx, incident, 'false-positive', by);
    case 'used-in-tests':
      return dismiss(ctx, incident, 'used-in-tests', by);
    case 'contain': {
      if (!incident.provider || incident.state === 'closed') return 'nothing to contain';
      const label = approveButton(incident.provider)?.label ?? 'contain';
      const granted = await grantEvidence(ctx, incidentId, {
        kind: 'responder-approved',
        by,
        at: new Date().toISOString(),
        detail: `approved containment ("${label}")`,
      });
      return granted ? 'approved' : 'already had evidence';
    }
    case 'rotated':
      return confirmStep(ctx, incident, 'rotate', by);
    case 'rotate-retry':
      return retryRotation(ctx, incident, by, data.actionTs);
    case 'done':
      if (!data.step) return 'no step named';
      return confirmStep(ctx, incident, data.step, by);
    case 'history-prepare':
      return prepareHistory(ctx, incident, data);
    case 'history-push':
      return pushHistory(ctx, incident, data);
    case 'history-not-needed':
      return historyNotNeeded(ctx, incident, data);
  }
}

async function dismiss(
  ctx: JobContext,
  incident: Incident,
  action: 'false-positive' | 'used-in-tests',
  by: string,
): Promise<void> {
  const incidentId = incident.id;
  if (incident.state === 'closed') return notifySlack(ctx, incidentId, `${action}:already-closed`);
  await ctx.s.ledger.append(incidentId, {
    actor: by,
    kind: action,
    text:
      action === 'false-positive'
        ? `marked the finding as a false positive${incident.evidence?.kind === 'verified-live' ? ', although leakhound verified it live' : ''}`
        : 'marked the credential as used in tests only',
    key: action,
  });
  await close(ctx, incident, action, by);
  if (incident.alert) {
    const resolution = action === 'false-positive' ? 'false_positive' : 'used_in_tests';
    await ctx.s.producer.add(
      'notify',
      'github-resolve-alert',
      { incidentId, resolution },
      jobId('github-resolve-alert', incidentId, resolution),
    );
  }
  return notifySlack(ctx, incidentId, action);
}

/** Nothing changes; the refusal is on the record, and only the presser is told why. */
async function refuse(
  ctx: JobContext,
  data: JobData<'incident', 'slack-action'>,
  verdict: Exclude<Verdict, { ok: true }>,
): Promise<string> {
  const { incidentId, action, user } = data;
  await ctx.s.ledger.append(incidentId, {
    actor: `slack:${user}`,
    kind: 'refused',
    text: `pressed "${action}" and was refused: ${verdict.reason}; nothing changed`,
    key: `refused:${action}:${user}:${data.actionTs ?? ''}`,
  });
  await notifySlack(ctx, incidentId, `refused:${action}:${user}:${data.actionTs ?? ''}`);
  const channel = data.channel ?? ctx.s.slack?.channel;
  // Only inside our own channel: an ephemeral into a foreign one would tell its members about the incident.
  if (ctx.s.slack && channel === ctx.s.slack.channel) {
    await ctx.s.slack.ephemeral(channel, user, verdict.tell).catch((err: unknown) =>
      ctx.s.log.warn('could not tell a Slack user their click was refused', {
        error: err instanceof Error ? err.message : String(err),
      }),
    );
  }
  return 'refused';
}
