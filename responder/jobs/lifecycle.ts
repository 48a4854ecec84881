// An incident's milestones: contained (the credential no longer works), and closed (every
// containment step done and a person acknowledged, or dismissed as false positive / used in
// tests). Closing writes the post-incident report; both drop the stored secret.
import { postIncidentReport, duration } from '../ledger/report.js';
import type { Incident, Resolution } from '../ledger/types.js';
import { readFindings } from '../ledger/investigation.js';
import { secondsBetween } from '../metrics/exposure.js';
import { allSettled } from '../playbook/playbook.js';
import type { JobContext } from '../queue/context.js';
import { requestPrune } from '../github/git-cache.js';
import { dropMirror } from '../github/rewrite-mirror.js';
import { providerSteps, retriable } from '../providers/registry.js';
import { jobId } from '../queue/producer.js';
import { loadIncident, notifySlack, recordStep } from './record.js';
import { afterContainment, requestAwsInvestigation } from './investigate.js';
import { monitoringOnClose } from './monitor-aws.js';
import { RETIRE_PENDING, STOPPED } from './rotation-job.js';
import { readReview, REVIEW_FIELD } from '../review/review.js';

/**
 * Drops the stored secrets, except the leaked key id while a rotation's retire job still needs it,
 * or (until the incident closes) while a stopped rotation may be retried.
 */
async function dropSecrets(ctx: JobContext, incident: Incident, closing: boolean): Promise<void> {
  const incidentId = incident.id;
  const retire = await ctx.s.ledger.getField(incidentId, RETIRE_PENDING);
  // Only where the leaked credential outlives containment (AWS: deactivated, not deleted) can a retry still rotate it.
  const retry =
    !closing &&
    retriable(incident.provider) &&
    (await ctx.s.ledger.getField(incidentId, STOPPED)) === String(incident.round);
  if (!retire && !retry) return ctx.s.secrets.delete(incidentId);
  await ctx.s.secrets.deleteOne(incidentId, 'pair');
  await ctx.s.secrets.deleteOne(incidentId, 'replacement');
}

/** Runs when a containment flow's steps all succeeded, or when a person did them. */
export async function markContained(ctx: JobContext, incidentId: string, by: string): Promise<void> {
  const incident = await loadIncident(ctx, incidentId);
  if (incident.state === 'closed' || incident.containedAt) return;
  // "Revoked by us": the provider's last containment step (which confirms at the provider) is done.
  const ids = incident.provider ? providerSteps(incident.provider) : [];
  const last = ids.at(-1);
  const revokedByUs = last !== undefined && incident.steps[last]?.status === 'done';
  const providerTasksLeft = ids.some((id) => incident.steps[id]?.status === 'task');
  if (!revokedByUs && by === 'leakhound') {
    const reason = 'automatic containment could not finish: see the tasks in the playbook';
    await ctx.s.ledger.transition(incidentId, ['open'], 'needs-human', { needsHuman: reason });
    await notifySlack(ctx, incidentId, 'containment-incomplete');
    await requestAwsInvestigation(ctx, incident);
    await notifyPeople(ctx, incident);
    return;
  }
  const now = new Date();
  if (!(await ctx.s.ledger.setOnce(incidentId, 'containedAt', now.toISOString()))) return;
  // Only a person clears "needs a human" (by doing the open tasks), or the provider itself by
  // confirming the revocation (a guided roll that a person did without telling us), or a round
  // of containment that a responder approved and that left no task behind.
  await ctx.s.ledger.transition(
    incidentId,
    by === 'leakhound' && (!revokedByUs || providerTasksLeft) ? ['open'] : ['open', 'needs-human'],
    'contained',
  );
  const ttc = (now.getTime() - Date.parse(incident.openedAt)) / 1000;
  await ctx.s.metrics.observeContainment(ttc);
  const window = incident.exposureStart
    ? `exposed from ${incident.exposureStart} to ${now.toISOString()} (${duration(now.getTime() - Date.parse(incident.exposureStart))})`
    : `exposed until ${now.toISOString()}; the introducing commit's date is unknown`;
  await recordStep(ctx, incidentId, 'exposure', 'done', window);
  await ctx.s.ledger.append(incidentId, {
    actor: by,
    kind: 'contained',
    text: `credential contained, ${duration(ttc * 1000)} after the incident opened`,
    key: 'contained',
  });
  const exposed = secondsBetween(incident.exposureStart, now);
  if (exposed !== undefined)
    await ctx.s.metrics.observeExposure('time-to-contain', incident.provider ?? 'none', exposed);
  await dropSecrets(ctx, incident, false);
  await afterContainment(ctx, incident, now.toISOString());
  await notifyPeople(ctx, incident);
  if (incident.alert) {
    await ctx.s.producer.add(
      'notify',
      'github-resolve-alert',
      { incidentId, resolution: 'revoked' },
      jobId('github-resolve-alert', incidentId, 'revoked'),
    );
  }
  await requestReview(ctx, incidentId, 'contained');
}

/** Once per round, when containment is over or needs a person: by then the message can say what was done. */
async function notifyPeople(ctx: JobContext, incident: Incident): Promise<void> {
  await ctx.s.producer.add(
    'notify',
    'people',
    { incidentId: incident.id },
    jobId('notify-people', incident.id, String(incident.round)),
  );
}

export async function requestReview(ctx: JobContext, incidentId: string, reason: string): Promise<void> {
  await ctx.s.producer.add('incident', 'review', { incidentId }, jobId('review', incidentId, reason));
  await notifySlack(ctx, incidentId, `review:${reason}`);
}

/**
 * When every step is done or moot (eradication too), the incident is ready to close — by a
 * person, with the post-incident review (the "Close with review" button): the report step
 * becomes their task. leakhound never closes a contained incident by itself.
 */
export async function review(ctx: JobContext, incidentId: string): Promise<void> {
  const incident = await loadIncident(ctx, incidentId);
  if (incident.state === 'closed') return writeReport(ctx, incident);
  if (!allSettled(incident.steps) || incident.steps.report?.status !== 'pending') return;
  await recordStep(ctx, incidentId, 'report', 'task', REVIEW_TASK);
}

export const REVIEW_TASK =
  'every step is settled: a responder closes the incident with the post-incident review ("Close with review" in Slack or on the incident page), and the report is written from it';

export async function close(ctx: JobContext, incident: Incident, resolution: Resolution, by: string): Promise<void> {
  const now = new Date().toISOString();
  const closed = await ctx.s.ledger.transition(incident.id, ['open', 'needs-human', 'contained'], 'closed', {
    closedAt: now,
    resolution,
    closedBy: by,
  });
  if (closed) {
    await ctx.s.ledger.append(incident.id, {
      actor: by,
      kind: 'closed',
      text: `incident closed: ${resolution}`,
      key: 'closed',
    });
  }
  await dropSecrets(ctx, incident, true);
  if (incident.source === 'push' || incident.locations.some((l) => l.commit)) await requestPrune(ctx.s, incident.repo);
  // A prepared rewrite's mirror still holds the leaked objects (on this worker, if it made one).
  await dropMirror(ctx.s.config.workDir, incident.id);
  await monitoringOnClose(ctx, incident, resolution);
  await writeReport(ctx, incident);
}

/** The report is the closer's: written from their review, or from their dismissal, and ticked in their name. */
async function writeReport(ctx: JobContext, incident: Incident): Promise<void> {
  if (await ctx.s.ledger.getField(incident.id, 'report')) return;
  const by = (await ctx.s.ledger.getField(incident.id, 'closedBy')) ?? 'leakhound';
  const review = readReview(await ctx.s.ledger.getField(incident.id, REVIEW_FIELD));
  const source = review
    ? `from the review by ${review.by}`
    : `on closing (${incident.resolution ?? 'closed'}) by ${by}`;
  await recordStep(
    ctx,
    incident.id,
    'report',
    'done',
    `post-incident report written ${source} (GET /incidents/${incident.id}/report)`,
    by,
  );
  const fresh = await loadIncident(ctx, incident.id);
  await ctx.s.ledger.setFields(incident.id, {
    report: postIncidentReport(fresh, await ctx.s.ledger.timeline(incident.id), {
      ...(await readFindings(ctx.s.ledger, incident.id)),
      ...(review ? { review } : {}),
    }),
  });
}
