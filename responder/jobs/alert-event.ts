// Later events on a GitHub secret scanning alert, applied to the incident it opened.
import type { Resolution } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import type { JobData } from '../queue/job-map.js';
import { close } from './lifecycle.js';
import { loadIncident, notifySlack } from './record.js';

const CLOSING: Record<string, Resolution> = {
  false_positive: 'false-positive',
  used_in_tests: 'used-in-tests',
  wont_fix: 'resolved-on-github',
  pattern_deleted: 'resolved-on-github',
  pattern_edited: 'resolved-on-github',
};

export async function alertEvent(data: JobData<'intake', 'alert-event'>, ctx: JobContext): Promise<string> {
  const id = await ctx.s.ledger.incidentForAlert(data.repo.fullName, data.alertNumber);
  if (!id) {
    // Not dropped silently: an alert leakhound never opened (e.g. from before it was installed).
    ctx.s.log.info('GitHub alert event for an alert without an incident', {
      repo: data.repo.fullName,
      alert: data.alertNumber,
      action: data.action,
    });
    return 'no incident for this alert';
  }
  const incident = await loadIncident(ctx, id);
  const by = `github:${data.actor}`;
  const key = `alert:${data.action}:${data.resolution ?? data.validity ?? ''}`;
  if (data.action === 'resolved') {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'github-alert',
      text: `GitHub alert #${data.alertNumber} resolved as ${data.resolution ?? 'resolved'}`,
      key,
    });
    const resolution = CLOSING[data.resolution ?? ''];
    if (resolution && incident.state !== 'closed') await close(ctx, incident, resolution, by);
  } else if (data.action === 'validated') {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'github-alert',
      text: `GitHub checked the secret with its provider: ${data.validity ?? 'unknown'}`,
      key,
    });
  } else {
    await ctx.s.ledger.setFields(id, { severity: 'critical' });
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: 'github-alert',
      text: 'GitHub found the secret in a public location: severity raised to critical',
      key,
    });
  }
  await notifySlack(ctx, id, key);
  return data.action;
}
