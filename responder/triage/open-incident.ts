// Turns a credential group into an incident, exactly once however often it is called: the
// id is a keyed hash of the credential, the ledger creates it only if absent, and the
// containment flow's job ids derive from that id.
import type { Incident, IncidentLocation, IncidentMeta } from '../ledger/types.js';
import { planSteps } from '../playbook/playbook.js';
import { firstActingStep, providerSteps, type ProviderId, rotationJobs } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import type { JobName, RepoRef } from '../queue/job-map.js';
import { jobId, type FlowNode } from '../queue/producer.js';
import { redact } from '../crypto/scrub.js';
import { exposureStart, secondsBetween } from '../metrics/exposure.js';
import { notifySlack, recordStep } from '../jobs/record.js';
import { grantEvidence } from '../jobs/evidence.js';
import { requestGitHubInvestigation } from '../jobs/investigate.js';
import { watchTtlSeconds } from '../jobs/monitor-aws.js';
import type { Pusher } from '../people/email.js';
import type { Stash } from './candidate.js';
import type { Evidence } from './evidence.js';
import type { CredentialGroup } from './group.js';

export interface OpenContext {
  source: 'push' | 'secret-scanning';
  repo: RepoRef;
  installationId?: number;
  alert?: Stash['alert'];
  pushedAt?: string;
  /** The GitHub login that pushed it. */
  pushedBy?: string;
  /** What quieted it in the code (`an inline allow comment`, `the baseline`), though it verified live. */
  suppressedInCode?: string;
  /** The alert action that led here (`created`, `reopened`, …). */
  alertAction?: string;
  /** Who pushed, when a push brought it. */
  pusher?: Pusher;
}

const EXPOSURE = ['unknown', 'private', 'internal', 'public'];

/** Why a closed incident's credential seen again here is a new exposure, or undefined. */
function newExposure(i: Incident, o: OpenContext): string | undefined {
  if (o.repo.fullName !== i.repo) return `seen in another repository, ${o.repo.fullName}`;
  if (EXPOSURE.indexOf(o.repo.visibility) > EXPOSURE.indexOf(i.visibility)) {
    return `${o.repo.fullName} is now ${o.repo.visibility}`;
  }
  const alert = `GitHub secret scanning alert #${o.alert?.number ?? '?'}`;
  if (o.alertAction === 'reopened') return `${alert} was reopened`;
  if (o.alertAction === 'publicly_leaked') return `${alert}: found in a public location`;
  if (o.alertAction === 'validated:active') return `${alert}: GitHub verified it is still active`;
  return undefined;
}

/** A new round with its own steps, containment and Slack message; the old round stays in the timeline. */
async function reopen(ctx: JobContext, i: Incident, why: string, o: OpenContext, now: string): Promise<Incident> {
  const meta: IncidentMeta = {
    ruleId: i.ruleId,
    description: i.description,
    provider: i.provider,
    credential: i.credential,
    repo: o.repo.fullName,
    repoUrl: o.repo.htmlUrl,
    visibility: o.repo.visibility,
    source: o.source,
    exposureStart: i.exposureStart,
    ...(o.installationId !== undefined ? { installationId: o.installationId } : {}),
  };
  const round = await ctx.s.ledger.reopen(i.id, meta, planSteps(i.provider), now);
  if (round > 0) {
    await ctx.s.ledger.append(i.id, {
      actor: o.source === 'push' ? 'leakhound' : 'github',
      kind: 'reopened',
      text: `reopened as round ${round}: the credential was closed as ${i.resolution ?? 'closed'}, and is now ${why}`,
      key: 'reopened',
    });
  }
  return (await ctx.s.ledger.get(i.id)) ?? i;
}

export async function openIncident(ctx: JobContext, g: CredentialGroup, o: OpenContext): Promise<string> {
  const { ledger, secrets, box } = ctx.s;
  const id = box.credentialId('credential', g.identity);
  let existing = await ledger.get(id);
  const now = new Date().toISOString();
  const why = existing?.state === 'closed' ? newExposure(existing, o) : undefined;
  if (existing && why) {
    existing = await reopen(ctx, existing, why, o, now);
  }
  // Only steps that act at the provider need the raw secret; a closed incident needs nothing.
  if (g.provider && existing?.state !== 'closed' && !existing?.containedAt) {
    await secrets.put(id, 'primary', g.identity);
    if (g.pair) await secrets.put(id, 'pair', g.pair);
    // The key id outlives containment: CloudTrail is searched for it afterwards, and watched.
    if (g.provider === 'aws') await secrets.put(id, 'watch', g.identity, watchTtlSeconds(ctx.s.config));
  }
  const locations: IncidentLocation[] = g.candidates.map((c) => ({
    file: c.file,
    startLine: c.startLine,
    commit: c.commit,
    author: c.author,
    email: c.email,
    date: c.date,
    ...(c.url ? { url: c.url } : {}),
    ...(c.hosts?.length ? { hosts: c.hosts } : {}),
  }));
  const meta: IncidentMeta = {
    ruleId: g.ruleId,
    description: g.description,
    provider: g.provider,
    credential: redact(g.identity),
    repo: o.repo.fullName,
    repoUrl: o.repo.htmlUrl,
    visibility: o.repo.visibility,
    source: o.source,
    exposureStart: exposureStart({
      pushedAt: o.pushedAt,
      commitDates: locations.map((l) => l.date),
      alertCreatedAt: o.alert?.createdAt,
    }),
    ...(o.pushedAt ? { pushedAt: o.pushedAt } : {}),
    ...(o.pushedBy ? { pushedBy: o.pushedBy } : {}),
    ...(o.pusher ? { pusher: o.pusher } : {}),
    ...(o.suppressedInCode ? { suppressedInCode: o.suppressedInCode } : {}),
    ...(o.installationId !== undefined ? { installationId: o.installationId } : {}),
  };
  const { created, newLocations } = await ledger.open({
    id,
    meta,
    severity: g.severity,
    steps: planSteps(g.provider, g.ruleId),
    locations,
    at: now,
  });
  if (o.alert) {
    // Its own field, so that an incident a push opened first still learns about the alert.
    const alert = { repo: o.repo.fullName, number: o.alert.number, url: o.alert.url, installationId: o.installationId };
    await ledger.setOnce(id, 'alert', JSON.stringify(alert));
    await ledger.linkAlert(o.repo.fullName, o.alert.number, id);
  }
  const grant: Evidence | undefined = o.alert
    ? {
        kind: 'github-alert',
        by: 'github',
        at: now,
        detail: `GitHub secret scanning reported it (alert #${o.alert.number}): containment may act on it`,
      }
    : o.suppressedInCode
      ? { kind: 'verified-live', by: 'leakhound', at: now, detail: 'the leaked credential verifies as live' }
      : undefined;

  const where = locations
    .map((l) => `${l.file}:${l.startLine}${l.commit ? `@${l.commit.slice(0, 8)}` : ''}`)
    .join(', ');
  const current = await ledger.get(id);
  // Keyed on the step, not on `created`: a retry after a crash right after creation still writes these.
  if (current?.steps.access?.status === 'pending') {
    await ledger.append(id, {
      actor: o.source === 'push' ? 'leakhound' : 'github',
      kind: 'opened',
      text: `${g.description} \`${meta.credential}\` found in ${o.repo.fullName} at ${where}; severity ${g.severity}`,
      key: 'opened',
    });
    const detect = secondsBetween(current.exposureStart, current.openedAt);
    if (detect !== undefined) await ctx.s.metrics.observeExposure('time-to-detect', g.provider ?? 'none', detect);
    await recordStep(ctx, id, 'access', 'done', accessText(o.repo.visibility, o.repo.fullName));
  } else if (newLocations > 0 && existing) {
    await ledger.append(id, {
      actor: 'leakhound',
      kind: 'seen-again',
      text: `the same credential was found again at ${where}${existing.state === 'closed' ? ' (the incident is closed)' : ''}`,
      key: `seen:${g.candidates
        .map((c) => c.fingerprint)
        .sort()
        .join(',')}`,
    });
  }
  // After "opened": these entries follow it in the timeline.
  if (o.suppressedInCode) {
    await ledger.append(id, {
      actor: 'leakhound',
      kind: 'suppressed-but-live',
      text: `suppressed in code (${o.suppressedInCode}), but live: the credential verifies as working, so the suppression does not apply`,
      key: 'suppressed-but-live',
    });
  }
  if (grant) await grantEvidence(ctx, id, grant);
  if (g.provider && current && current.state !== 'closed' && !(await ledger.getField(id, 'flow'))) {
    await ctx.s.producer.addFlow(
      containmentFlow(
        id,
        g.provider,
        current.round > 1 ? `round:${current.round}` : undefined,
        ctx.s.config.rotation.map !== undefined,
      ),
    );
    await ledger.setOnce(id, 'flow', now);
  }
  if (current) await requestGitHubInvestigation(ctx, id, current.round);
  await notifySlack(ctx, id, created ? 'opened' : why ? `reopened:${current?.round}` : `seen:${newLocations}:${now}`);
  return id;
}

/**
 * contained ← last step ← … ← first step: BullMQ runs the deepest child first. A later round
 * (containment approved after the first was held back) gets its own job ids. With a rotation
 * map, the provider's rotation jobs run before its first acting step: the services get the
 * replacement before the leaked credential stops working.
 */
export function containmentFlow(incidentId: string, provider: ProviderId, round?: string, rotate = false): FlowNode {
  const id = (name: string): string => (round ? jobId(name, incidentId, round) : jobId(name, incidentId));
  const steps = providerSteps(provider);
  if (rotate) steps.splice(firstActingStep(provider), 0, ...rotationJobs(provider));
  let node: FlowNode | undefined;
  for (const step of steps) {
    const child: FlowNode = {
      queue: 'containment',
      name: step as JobName<'containment'>,
      data: { incidentId, step },
      jobId: id(step),
    };
    if (node) child.children = [node];
    node = child;
  }
  return {
    queue: 'incident',
    name: 'contained',
    data: { incidentId },
    jobId: id('contained'),
    ...(node ? { children: [node] } : {}),
  };
}

function accessText(visibility: string, repo: string): string {
  if (visibility === 'public') return `${repo} is public: anyone on the internet could read the secret`;
  if (visibility === 'internal') return `${repo} is internal: every member of the enterprise could read the secret`;
  if (visibility === 'private')
    return `${repo} is private: its collaborators, teams with access and installed apps could read the secret`;
  return `the visibility of ${repo} is unknown: check who can read it`;
}
