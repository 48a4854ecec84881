// Incidents written through the ledger's own functions, for tests of the pages that show
// them: the same Redis layout a worker produces, without running the pipeline.
import { randomBytes } from 'node:crypto';
import type { Severity } from '../../rules/types.js';
import type { CloudTrailSummary } from '../../rules/aws/activity-summary.js';
import { writeCloudTrailSummary } from '../../responder/ledger/investigation.js';
import type { Ledger } from '../../responder/ledger/ledger.js';
import { postIncidentReport } from '../../responder/ledger/report.js';
import type { IncidentLocation, IncidentMeta } from '../../responder/ledger/types.js';
import { planSteps } from '../../responder/playbook/playbook.js';
import type { ProviderId } from '../../responder/providers/registry.js';

export interface SeedOptions {
  repo?: string;
  repoUrl?: string;
  provider?: ProviderId | null;
  severity?: Severity;
  file?: string;
  author?: string;
  /** Commit date of the one location. */
  committedAt?: string;
  /** When the push reached GitHub; the exposure starts here when given. */
  pushedAt?: string;
  openedAt?: string;
  /** Contain (steps done, state contained) at this time. */
  containedAt?: string;
  /** Close with a written report at this time (after containment when given). */
  closedAt?: string;
  timeline?: string[];
  /** Investigation findings recorded before closing (and so in the report). */
  cloudTrail?: CloudTrailSummary;
}

export async function seedIncident(ledger: Ledger, o: SeedOptions = {}): Promise<string> {
  const id = randomBytes(16).toString('hex');
  const provider = o.provider === undefined ? 'aws' : o.provider;
  const committedAt = o.committedAt ?? '2026-01-05T08:00:00.000Z';
  const meta: IncidentMeta = {
    ruleId: provider === 'aws' ? 'aws-access-key-id' : 'github-pat',
    description: provider === 'aws' ? 'AWS access key ID' : 'GitHub personal access token',
    provider,
    credential: provider === 'aws' ? 'AKIA…WXYZ' : 'ghp_…abcd',
    repo: o.repo ?? 'octo-org/app',
    repoUrl: o.repoUrl ?? `https://github.com/${o.repo ?? 'octo-org/app'}`,
    visibility: 'private',
    source: 'push',
    exposureStart: o.pushedAt ?? committedAt,
    ...(o.pushedAt ? { pushedAt: o.pushedAt } : {}),
  };
  const location: IncidentLocation = {
    file: o.file ?? 'config/.env',
    startLine: 3,
    commit: randomBytes(20).toString('hex'),
    author: o.author ?? 'Mona Lisa',
    email: 'mona@example.com',
    date: committedAt,
  };
  const openedAt = o.openedAt ?? '2026-01-06T13:00:00.000Z';
  await ledger.open({
    id,
    meta,
    severity: o.severity ?? 'high',
    steps: planSteps(provider),
    locations: [location],
    at: openedAt,
  });
  let n = 0;
  for (const text of o.timeline ?? [`${meta.description} \`${meta.credential}\` found in ${meta.repo}`]) {
    await ledger.append(id, { actor: 'leakhound', kind: n === 0 ? 'opened' : 'step', text, key: `seed-${n++}` });
  }
  if (o.cloudTrail) await writeCloudTrailSummary(ledger, id, o.cloudTrail);
  if (o.containedAt) {
    for (const step of ['aws-identify', 'aws-deactivate', 'aws-quarantine', 'aws-verify'] as const) {
      await ledger.setStep(id, step, { status: 'done', at: o.containedAt, by: 'leakhound', detail: `${step} ok` });
    }
    await ledger.setOnce(id, 'containedAt', o.containedAt);
    await ledger.transition(id, ['open'], 'contained');
  }
  if (o.closedAt) {
    await ledger.setStep(id, 'report', { status: 'done', at: o.closedAt, by: 'slack:U123' });
    await ledger.transition(id, [], 'closed', { closedAt: o.closedAt, resolution: 'contained' });
    const incident = (await ledger.get(id))!;
    const report = postIncidentReport(incident, await ledger.timeline(id), { cloudTrail: o.cloudTrail });
    await ledger.setFields(id, { report });
  }
  return id;
}
