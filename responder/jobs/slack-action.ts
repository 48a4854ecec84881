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
import { authorizeClick, authorizeWebAction, type Verdict } from '../slack/responders.js';
import { closable } from '../review/closable.js';
import { closeWithReview } from '../review/close-with-review.js';
import { historyNotNeeded, prepareHistory, pushHistory } from './history-rewrite.js';
import { retryRotation } from './rotation-retry.js';

/** Who acted, as the timeline names them: a Slack user (in Slack or signed in with Slack on the page), or the API token holder. */
export function actorOf(data: { user?: string | undefined; via?: string | undefined }): string {
  return data.user ? `slack:${data.user}` : 'web:api-token';
}

export async function slackAction(data: JobData<'incident', 'slack-action'>, ctx: JobContext): Promise<unknown> {
  const { incidentId, action } = data;
  const by = actorOf(data);
  const incident = await loadIncident(ctx, incidentId);
  const verdict =
    data.via === 'web'
      ? await authorizeWebAction(ctx.s, data.user)
      : data.user
        ? await authorizeClick(ctx.s, { ...data, user: data.user }, incident)
        : ({ ok: false, reason: 'a Slack click without a user', tell: 'Nothing changed.' } as const);
  if (!verdict.ok) return refuse(ctx, data, verdict);
  switch (action) {
    case 'close': {
      // The server opened the review form; here only a click it could not open one for is answered.
      const can = closable(incident);
      if (can.ok) return 'review form opened';
      await tell(ctx, data, `This incident cannot be closed yet: ${can.reason}.`);
      return 'not closable';
    }
    case 'review':
      return closeWithReview(ctx, incident, by);
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
  const { incidentId, action } = data;
  const user = data.user ?? 'api-token';
  const where = data.via === 'web' ? ' on the incident page' : '';
  await ctx.s.ledger.append(incidentId, {
    actor: actorOf(data),
    kind: 'refused',
    text: `pressed "${action}"${where} and was refused: ${verdict.reason}; nothing changed`,
    key: `refused:${action}:${user}:${data.actionTs ?? ''}`,
  });
  await notifySlack(ctx, incidentId, `refused:${action}:${user}:${data.actionTs ?? ''}`);
  await tell(ctx, data, verdict.tell);
  return 'refused';
}

/** Only the presser sees it, and only inside our own channel: an ephemeral into a foreign one would tell its members about the incident. */
async function tell(ctx: JobContext, data: JobData<'incident', 'slack-action'>, text: string): Promise<void> {
  const channel = data.channel ?? ctx.s.slack?.channel;
  if (!ctx.s.slack || !data.user || data.via === 'web' || channel !== ctx.s.slack.channel) return;
  await ctx.s.slack.ephemeral(channel, data.user, text).catch((err: unknown) =>
    ctx.s.log.warn('could not tell a Slack user why nothing changed', {
      error: err instanceof Error ? err.message : String(err),
    }),
  );
}
