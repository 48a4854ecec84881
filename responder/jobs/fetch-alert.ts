import { fetchAlert } from '../github/alerts.js';
import { octokitFor } from '../github/auth.js';
import type { JobContext } from '../queue/context.js';
import type { JobData, StashResult } from '../queue/job-map.js';

/** Fetches a secret scanning alert with its secret and seals it for triage. */
export async function fetchAlertJob(data: JobData<'intake', 'fetch-alert'>, ctx: JobContext): Promise<StashResult> {
  const octokit = await octokitFor(ctx.s.config.github, data.installationId, {
    repo: data.repo.fullName,
    scope: 'alerts',
  });
  const { secretType, ...stash } = await fetchAlert(octokit, data.repo, data.alertNumber);
  for (const c of stash.candidates) ctx.scrubber.add(c.secret);
  const stashId = ctx.job.id ?? `alert-${data.repo.fullName}-${data.alertNumber}`;
  await ctx.s.secrets.putStash(stashId, stash);
  ctx.s.log.info('fetched secret scanning alert', {
    repo: data.repo.fullName,
    alert: data.alertNumber,
    type: secretType,
  });
  return { stash: stashId, findings: stash.candidates.length };
}
