// The GitHub investigation against the GitHub stand-in, whose repository endpoints answer from a
// real bare repository: branches found by real ancestry, the branch cap, and what it says when
// GitHub does not answer.
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubStandIn, startGitHubStandIn } from '../../test/helpers/github-standin.js';
import { pushRepo, type PushRepo } from '../../test/helpers/push-repo.js';
import { githubFindingLines, investigateRepository } from './investigate.js';

describe('asking GitHub about a leak', () => {
  let repo: PushRepo;
  let gh: GitHubStandIn;
  let leak: string;
  const octokit = (token: string) => new Octokit({ baseUrl: gh.url, auth: token, request: { retries: 0 } });

  beforeAll(async () => {
    repo = pushRepo('octo-org/many-branches');
    repo.commit({ 'a.txt': 'a\n' });
    for (let i = 0; i < 33; i++) repo.push(`old-${String(i).padStart(2, '0')}`);
    leak = repo.commit({ '.env': 'TOKEN=placeholder\n' }, { author: 'Pat <script>' });
    repo.push('zz-feature');
    repo.push('main');
    gh = await startGitHubStandIn('t0ken', repo.root);
    gh.repos.set(repo.fullName, { visibility: 'private', forks_count: 0, default_branch: 'main' });
  });
  afterAll(async () => {
    await gh?.close();
    repo?.remove();
  });

  it('finds the branches that contain the commit, default branch first, up to 30 of them', async () => {
    const f = await investigateRepository(
      octokit('t0ken'),
      repo.fullName,
      [{ sha: leak, author: 'Pat <script>', email: 'dev@example.com' }],
      undefined,
    );
    expect(f).toMatchObject({ visibility: 'private', forks: 0, defaultBranch: 'main', failures: [] });
    // main is checked first; zz-feature sorts after the 33 old branches, past the cap.
    expect(f.commits[0]).toMatchObject({ branches: ['main'], branchesChecked: 30, branchesTotal: 35 });
    expect(githubFindingLines(f)).toEqual([
      `GitHub: ${repo.fullName} is private; no forks`,
      `commit ${leak.slice(0, 12)} authored by Pat <script> <dev@example.com>, committed by Dev Eloper, on main (checked 30 of 35 branches)`,
    ]);
  });

  it('lists what GitHub would not answer instead of failing', async () => {
    const f = await investigateRepository(
      octokit('wrong'),
      repo.fullName,
      [{ sha: leak, author: 'Pat', email: 'dev@example.com' }],
      'octocat',
    );
    expect(f.failures).toEqual(['repository: HTTP 401', 'branches: HTTP 401', `commit ${leak.slice(0, 8)}: HTTP 401`]);
    expect(githubFindingLines(f)).toEqual([
      `GitHub: ${repo.fullName} is of unknown visibility`,
      'pushed by octocat',
      `commit ${leak.slice(0, 12)} authored by Pat <dev@example.com>, branches unknown`,
      `could not ask GitHub for: repository: HTTP 401; branches: HTTP 401; commit ${leak.slice(0, 8)}: HTTP 401`,
    ]);
  });
});
