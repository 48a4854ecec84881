// A push: fetch the pushed range with git and scan it. The findings carry secrets, so they
// leave this job only sealed, in a stash that the triage job (this job's flow parent) opens.
import { Detector } from '../../scanner/detect/detector.js';
import { scanRange } from '../../scanner/git/scan-range.js';
import { githubToken } from '../github/auth.js';
import { defaultScanConfig } from '../../scanner/config/defaults.js';
import { DEFAULT_REF, fetchPush, releasePush, ZERO_SHA } from '../github/fetch-push.js';
import { readRepoPolicy } from '../github/repo-policy.js';
import { repoFetchUrl } from '../github/repo-url.js';
import type { JobContext } from '../queue/context.js';
import type { JobData, RepoRef, StashResult } from '../queue/job-map.js';
import { capFindings } from '../triage/caps.js';
import { fromFinding, type Stash } from '../triage/candidate.js';

export async function scanPush(data: JobData<'intake', 'scan-push'>, ctx: JobContext): Promise<StashResult> {
  const stashId = ctx.job.id ?? `scan-${data.after}`;
  // A retry after the stash was written (worker killed just after) does not scan again.
  if ((ctx.job.data as { stashed?: number }).stashed && (await ctx.s.secrets.getStash(stashId)) !== undefined) {
    return { stash: stashId, findings: (ctx.job.data as { stashed: number }).stashed };
  }
  const { config } = ctx.s;
  const token = await githubToken(config.github, data.installationId, { repo: data.repo.fullName, scope: 'contents' });
  if (token) ctx.scrubber.add(token);
  const dir = await fetchPush({
    workDir: config.workDir,
    cloneUrl: repoFetchUrl(config.github, data.repo.fullName),
    before: data.before,
    after: data.after,
    token,
    defaultBranch: data.defaultBranch,
  });
  // The pushed commit never decides its own suppressions: policy comes from the default branch
  // as it was before this push (its `before` when the push is to the default branch).
  const policySha = policyRevision(data);
  const policy = policySha
    ? await readRepoPolicy(dir, policySha, config.baselinePath)
    : { config: defaultScanConfig(), suppressions: [] };
  if (policy.configProblem) ctx.s.log.warn(policy.configProblem, { repo: data.repo.fullName });
  const detector = new Detector({
    rules: policy.config.rules,
    allowlists: policy.config.allowlists,
    keepInlineAllowed: true,
  });
  const result = await scanRange({ repo: dir, range: `${data.before}..${data.after}`, detector }).finally(() =>
    releasePush(dir, data.before, data.after),
  );
  for (const f of result.findings) ctx.scrubber.add(f.secret);
  ctx.s.log.info('scanned push', {
    repo: data.repo.fullName,
    commits: result.commits,
    findings: result.findings.length,
    skipped: result.skipped.length,
  });
  const findings = result.findings.filter((f) => f.secret !== '');
  if (findings.length === 0) return { stash: null, findings: 0 };
  const all = findings.map((f) => ({ ...fromFinding(f), url: blobUrl(data.repo, f.commit, f.file, f.startLine) }));
  const capped = capFindings(all, config.limits.findingsPerPush);
  const stash: Stash = {
    candidates: capped.kept,
    suppressions: policy.suppressions,
    ...(capped.overCap || capped.extraLocations
      ? { capped: { overCap: capped.overCap, extraLocations: capped.extraLocations } }
      : {}),
  };
  await ctx.s.secrets.putStash(stashId, stash);
  await ctx.job.updateData({ ...data, stashed: findings.length });
  return { stash: stashId, findings: findings.length };
}

function policyRevision(data: JobData<'intake', 'scan-push'>): string | undefined {
  if (!data.defaultBranch) return undefined;
  if (data.ref === `refs/heads/${data.defaultBranch}`) return data.before === ZERO_SHA ? undefined : data.before;
  return DEFAULT_REF;
}

function blobUrl(repo: RepoRef, commit: string, file: string, line: number): string {
  return `${repo.htmlUrl}/blob/${commit}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
