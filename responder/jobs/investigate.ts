// Phase 2 of the playbook as jobs of their own, after the incident opened (GitHub: who pushed,
// who wrote it, where it is, who could copy it) and after containment (AWS: CloudTrail's
// record of the key, then 30 days of watching it). Each runs apart from containment, so a slow
// or failing lookup never holds up revoking the credential.
import type { Incident } from '../ledger/types.js';
import { cloudTrailClients } from '../providers/cloudtrail-clients.js';
import type { Handlers, JobContext } from '../queue/context.js';
import { jobId } from '../queue/producer.js';
import { investigateAwsKey } from './aws-investigate.js';
import { investigateGitHub } from './github-investigate.js';
import { monitorAwsKey, startMonitoring } from './monitor-aws.js';

type Investigations = Pick<Handlers<'incident'>, 'investigate-aws' | 'investigate-github' | 'monitor-aws'>;

export const investigationHandlers: Investigations = {
  'investigate-aws': async ({ incidentId }, ctx) => {
    const ct = cloudTrailClients(ctx.s.config.aws);
    try {
      const summary = await investigateAwsKey(ctx, incidentId, ct.regions);
      return summary ? `${summary.total} calls, ${summary.flaggedTotal} flagged` : 'no key id to search for';
    } finally {
      ct.destroy();
    }
  },
  'investigate-github': ({ incidentId }, ctx) => investigateGitHub(ctx, incidentId),
  'monitor-aws': async ({ incidentId }, ctx) => {
    const ct = cloudTrailClients(ctx.s.config.aws);
    try {
      return `${(await monitorAwsKey(ctx, incidentId, ct.regions)).length} new uses`;
    } finally {
      ct.destroy();
    }
  },
};

/** Once per round: what CloudTrail knows about a leaked AWS key (after containment, or when it stopped for a person). */
export async function requestAwsInvestigation(ctx: JobContext, incident: Incident): Promise<void> {
  if (incident.provider !== 'aws') return;
  await ctx.s.producer.add(
    'incident',
    'investigate-aws',
    { incidentId: incident.id },
    jobId('investigate-aws', incident.id, incident.round),
  );
}

export async function afterContainment(ctx: JobContext, incident: Incident, containedAt: string): Promise<void> {
  await requestAwsInvestigation(ctx, incident);
  await startMonitoring(ctx, incident, containedAt);
}

export async function requestGitHubInvestigation(ctx: JobContext, incidentId: string, round: number): Promise<void> {
  await ctx.s.producer.add(
    'incident',
    'investigate-github',
    { incidentId },
    jobId('investigate-github', incidentId, round),
  );
}
