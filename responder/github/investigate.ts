// What GitHub says about a leak: whether the repository is public and how many forks it has
// now (a fork keeps every object it copied, so a history rewrite here does not remove the
// secret there), who wrote each introducing commit (with their GitHub login, when GitHub
// links the email to one), and which branches contain it (compare each branch with the commit:
// "ahead" or "identical" means the branch has it). The client is injected; nothing here is
// secret — commits and logins only.
import type { Octokit } from '@octokit/rest';

export interface CommitFindings {
  sha: string;
  author: string;
  email: string;
  login?: string;
  committer?: string;
  date?: string;
  branches: string[];
  /** Branches compared; fewer than `branchesTotal` when there were more than the cap. */
  branchesChecked: number;
  branchesTotal: number;
}

export interface GitHubFindings {
  at: string;
  repo: string;
  visibility?: string;
  forks?: number;
  defaultBranch?: string;
  pushedBy?: string;
  commits: CommitFindings[];
  /** What could not be asked, and why (e.g. "repository: HTTP 404"). */
  failures: string[];
}

const MAX_COMMITS = 5;
const MAX_BRANCHES = 30;

export async function investigateRepository(
  octokit: Octokit,
  fullName: string,
  commits: { sha: string; author: string; email: string }[],
  pushedBy: string | undefined,
  now = new Date(),
): Promise<GitHubFindings> {
  const [owner = '', repo = ''] = fullName.split('/');
  const out: GitHubFindings = { at: now.toISOString(), repo: fullName, commits: [], failures: [] };
  if (pushedBy) out.pushedBy = pushedBy;
  const ask = async <T>(what: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (err) {
      const status = (err as { status?: number }).status;
      out.failures.push(`${what}: ${status ? `HTTP ${status}` : 'no answer'}`);
      return undefined;
    }
  };
  const r = await ask('repository', () => octokit.rest.repos.get({ owner, repo }));
  if (r) {
    out.visibility = r.data.visibility ?? (r.data.private ? 'private' : 'public');
    out.forks = r.data.forks_count;
    out.defaultBranch = r.data.default_branch;
  }
  const branches = await ask('branches', () => octokit.rest.repos.listBranches({ owner, repo, per_page: 100 }));
  const names = (branches?.data ?? []).map((b) => b.name);
  // The default branch first: it is the one that matters most.
  names.sort((a, b) => Number(b === out.defaultBranch) - Number(a === out.defaultBranch));
  const unique = [...new Map(commits.filter((c) => /^[0-9a-f]{40}$/.test(c.sha)).map((c) => [c.sha, c])).values()];
  for (const c of unique.slice(0, MAX_COMMITS)) {
    const found: CommitFindings = {
      sha: c.sha,
      author: c.author,
      email: c.email,
      branches: [],
      branchesChecked: 0,
      branchesTotal: names.length,
    };
    const g = await ask(`commit ${c.sha.slice(0, 8)}`, () => octokit.rest.repos.getCommit({ owner, repo, ref: c.sha }));
    if (g) {
      if (g.data.author?.login) found.login = g.data.author.login;
      if (g.data.commit.committer?.name) found.committer = g.data.commit.committer.name;
      if (g.data.commit.author?.date) found.date = g.data.commit.author.date;
    }
    for (const name of names.slice(0, MAX_BRANCHES)) {
      const cmp = await ask(`compare ${name}`, () =>
        octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${c.sha}...${name}`, per_page: 1 }),
      );
      found.branchesChecked++;
      if (cmp && (cmp.data.status === 'ahead' || cmp.data.status === 'identical')) found.branches.push(name);
    }
    out.commits.push(found);
  }
  return out;
}

/** Lines for the timeline, the thread and the report. */
export function githubFindingLines(f: GitHubFindings): string[] {
  const lines: string[] = [];
  const vis = f.visibility ?? 'of unknown visibility';
  const forks =
    f.forks === undefined
      ? ''
      : f.forks > 0
        ? `; ${f.forks} fork${f.forks === 1 ? '' : 's'} at ${f.at}: a fork keeps the secret after any rewrite of this repository, so revoking it is the only fix`
        : '; no forks';
  lines.push(`GitHub: ${f.repo} is ${vis}${forks}`);
  if (f.pushedBy) lines.push(`pushed by ${f.pushedBy}`);
  for (const c of f.commits) {
    const who = `${c.author || 'unknown'}${c.email ? ` <${c.email}>` : ''}${c.login ? ` (GitHub ${c.login})` : ''}`;
    const where =
      c.branchesTotal === 0
        ? 'branches unknown'
        : c.branches.length > 0
          ? `on ${c.branches.join(', ')}`
          : 'on no branch (only in a ref GitHub did not list, or already rewritten)';
    const partial =
      c.branchesChecked < c.branchesTotal ? ` (checked ${c.branchesChecked} of ${c.branchesTotal} branches)` : '';
    lines.push(
      `commit ${c.sha.slice(0, 12)} authored by ${who}${c.committer && c.committer !== c.author ? `, committed by ${c.committer}` : ''}, ${where}${partial}`,
    );
  }
  if (f.failures.length > 0) lines.push(`could not ask GitHub for: ${f.failures.join('; ')}`);
  return lines;
}
