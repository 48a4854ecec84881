// GitHub secret scanning: the webhook names the alert but never carries the secret, so the
// alert (with its secret) and its locations are fetched with the REST API and turned into
// the same candidates a push scan produces.
import type { Octokit } from '@octokit/rest';
import { defaultRules } from '../../rules/index.js';
import { ruleForSecretType } from '../providers/registry.js';
import type { RepoRef } from '../queue/job-map.js';
import type { Candidate, Stash } from '../triage/candidate.js';

/** Commits looked up for author and date; alerts can list thousands of locations. */
const MAX_COMMITS = 20;

export async function fetchAlert(
  octokit: Octokit,
  repo: RepoRef,
  alertNumber: number,
): Promise<Stash & { secretType: string }> {
  const [owner = '', name = ''] = repo.fullName.split('/');
  const { data: alert } = await octokit.rest.secretScanning.getAlert({ owner, repo: name, alert_number: alertNumber });
  const secretType = alert.secret_type ?? 'unknown';
  const ruleId = ruleForSecretType(secretType, alert.secret ?? undefined);
  const rule = defaultRules.find((r) => r.id === ruleId);
  // Without the secret (a token that may not read it) the alert itself names the credential.
  const secret = alert.secret ?? `github-alert:${repo.fullName}#${alertNumber}`;
  const base = {
    ruleId,
    description: rule?.description ?? alert.secret_type_display_name ?? secretType,
    severity: rule?.severity ?? 'high',
    secret,
  } as const;

  const locations = await octokit.paginate(octokit.rest.secretScanning.listLocationsForAlert, {
    owner,
    repo: name,
    alert_number: alertNumber,
    per_page: 100,
  });
  const commits = new Map<string, { author: string; email: string; date: string }>();
  const candidates: Candidate[] = [];
  for (const loc of locations) {
    const d = loc.details as Record<string, unknown> | undefined;
    if (loc.type === 'commit' && d && typeof d.path === 'string' && typeof d.commit_sha === 'string') {
      const sha = d.commit_sha;
      if (!commits.has(sha) && commits.size < MAX_COMMITS) {
        const { data: c } = await octokit.rest.git.getCommit({ owner, repo: name, commit_sha: sha });
        commits.set(sha, { author: c.author.name, email: c.author.email, date: c.author.date });
      }
      const who = commits.get(sha) ?? { author: '', email: '', date: '' };
      const line = typeof d.start_line === 'number' ? d.start_line : 1;
      candidates.push({
        ...base,
        file: d.path,
        startLine: line,
        commit: sha,
        ...who,
        fingerprint: `${sha}:${d.path}:${ruleId}:${line}`,
        url: `${repo.htmlUrl}/blob/${sha}/${d.path}#L${line}`,
      });
    } else {
      const where = typeof d?.html_url === 'string' ? d.html_url : undefined;
      candidates.push({
        ...base,
        file: `(${loc.type ?? 'unknown'})`,
        startLine: 1,
        commit: '',
        author: '',
        email: '',
        date: '',
        fingerprint: `alert:${alertNumber}:${candidates.length}`,
        ...(where ? { url: where } : {}),
      });
    }
  }
  if (candidates.length === 0) {
    candidates.push({
      ...base,
      file: '(location unknown)',
      startLine: 1,
      commit: '',
      author: '',
      email: '',
      date: alert.created_at ?? '',
      fingerprint: `alert:${alertNumber}`,
    });
  }
  return {
    secretType,
    candidates,
    suppressions: [],
    alert: { number: alertNumber, url: alert.html_url, createdAt: alert.created_at },
  };
}
