// Turns a credential group into an incident, exactly once however often it is called: the
// id is a keyed hash of the credential, the ledger creates it only if absent, and the
// containment flow's job ids derive from that id.
import type { IncidentLocation, IncidentMeta } from '../ledger/types.js';
import { planSteps } from '../playbook/playbook.js';
import { providerSteps, type ProviderId } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import type { JobName, RepoRef } from '../queue/job-map.js';
import { jobId, type FlowNode } from '../queue/producer.js';
import { redact } from '../crypto/scrub.js';
import { exposureStart, secondsBetween } from '../metrics/exposure.js';
import { notifySlack, recordStep } from '../jobs/record.js';
import type { Stash } from './candidate.js';
import type { CredentialGroup } from './group.js';

export interface OpenContext {
  source: 'push' | 'secret-scanning';
  repo: RepoRef;
  installationId?: number;
  alert?: Stash['alert'];
  pushedAt?: string;
}

export async function openIncident(ctx: JobContext, g: CredentialGroup, o: OpenContext): Promise<string> {
  const { ledger, secrets, box } = ctx.s;
  const id = box.credentialId('credential', g.identity);
  const existing = await ledger.get(id);
  // Only steps that act at the provider need the raw secret; a closed incident needs nothing.
  if (g.provider && existing?.state !== 'closed' && !existing?.containedAt) {
    await secrets.put(id, 'primary', g.identity);
    if (g.pair) await secrets.put(id, 'pair', g.pair);
  }
  const locations: IncidentLocation[] = g.candidates.map((c) => ({
    file: c.file,
    startLine: c.startLine,
    commit: c.commit,
    author: c.author,
    email: c.email,
    date: c.date,
    ...(c.url ? { url: c.url } : {}),
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
  };
  const now = new Date().toISOString();
  const { created, newLocations } = await ledger.open({
    id,
    meta,
    severity: g.severity,
    steps: planSteps(g.provider),
    locations,
    at: now,
  });
  if (o.alert) {
    // Its own field, so that an incident a push opened first still learns about the alert.
    const alert = { repo: o.repo.fullName, number: o.alert.number, url: o.alert.url, installationId: o.installationId };
    await ledger.setOnce(id, 'alert', JSON.stringify(alert));
    await ledger.linkAlert(o.repo.fullName, o.alert.number, id);
  }

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
  if (g.provider && current && current.state !== 'closed' && !(await ledger.getField(id, 'flow'))) {
    await ctx.s.producer.addFlow(containmentFlow(id, g.provider));
    await ledger.setOnce(id, 'flow', now);
  }
  await notifySlack(ctx, id, created ? 'opened' : `seen:${newLocations}:${now}`);
  return id;
}

/** contained ← last step ← … ← first step: BullMQ runs the deepest child first. */
export function containmentFlow(incidentId: string, provider: ProviderId): FlowNode {
  let node: FlowNode | undefined;
  for (const step of providerSteps(provider)) {
    const child: FlowNode = {
      queue: 'containment',
      name: step as JobName<'containment'>,
      data: { incidentId },
      jobId: jobId(step, incidentId),
    };
    if (node) child.children = [node];
    node = child;
  }
  return {
    queue: 'incident',
    name: 'contained',
    data: { incidentId },
    jobId: jobId('contained', incidentId),
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
