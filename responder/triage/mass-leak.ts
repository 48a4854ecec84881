// One incident for everything a push carried beyond the per-push cap: counts by rule and the
// first places, no stored secrets and no automatic containment; a person looks at the push.
import type { IncidentLocation, IncidentMeta } from '../ledger/types.js';
import { notifySlack, recordStep } from '../jobs/record.js';
import { planSteps } from '../playbook/playbook.js';
import type { JobContext } from '../queue/context.js';
import type { RepoRef } from '../queue/job-map.js';
import { MAX_LOCATIONS } from './caps.js';
import type { CredentialGroup } from './group.js';

export interface MassLeak {
  folded: CredentialGroup[];
  /** Findings dropped before grouping (over the per-push findings cap). */
  overCap: number;
  extraLocations: number;
}

export async function openMassLeak(ctx: JobContext, repo: RepoRef, push: string, m: MassLeak): Promise<string> {
  const id = ctx.s.box.credentialId('mass-leak', `${repo.fullName}\0${push}`);
  const byRule = new Map<string, number>();
  for (const g of m.folded) byRule.set(g.ruleId, (byRule.get(g.ruleId) ?? 0) + 1);
  const counts = [...byRule].map(([rule, n]) => `${n} × ${rule}`).join(', ');
  const total = m.folded.length;
  const locations: IncidentLocation[] = m.folded
    .flatMap((g) => g.candidates)
    .slice(0, MAX_LOCATIONS)
    .map((c) => ({
      file: c.file,
      startLine: c.startLine,
      commit: c.commit,
      author: c.author,
      email: c.email,
      date: c.date,
    }));
  const meta: IncidentMeta = {
    ruleId: 'mass-leak',
    description: `mass leak: ${total} more credentials in one push`,
    provider: null,
    credential: `${total} credentials`,
    repo: repo.fullName,
    repoUrl: repo.htmlUrl,
    visibility: repo.visibility,
    source: 'push',
  };
  const now = new Date().toISOString();
  const { created } = await ctx.s.ledger.open({
    id,
    meta,
    severity: 'critical',
    steps: planSteps(null),
    locations,
    at: now,
  });
  const more = [
    m.overCap ? `${m.overCap} findings over the per-push cap were not triaged` : '',
    m.extraLocations ? `${m.extraLocations} more places of credentials already counted` : '',
  ].filter(Boolean);
  await ctx.s.ledger.append(id, {
    actor: 'leakhound',
    kind: 'opened',
    text: `one push to ${repo.fullName} carried more credentials than LEAKHOUND_MAX_INCIDENTS_PER_PUSH allows: ${counts}${more.length ? `; ${more.join('; ')}` : ''}. Nothing was contained automatically: review the push`,
    key: 'opened',
  });
  if (created) await recordStep(ctx, id, 'access', 'done', `${repo.fullName} is ${repo.visibility}`);
  await notifySlack(ctx, id, 'opened');
  return id;
}
