// GitHub's repository endpoints the investigation asks, answered from a real bare repository
// (`<repoRoot>/<owner>/<repo>.git`) as GitHub documents them: the repository (visibility,
// forks_count, default_branch), its branches, a commit (with the author's login when GitHub
// links the email to an account), and compare `base...head` (status ahead/behind/identical/
// diverged, from real git ancestry).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Recorded, Route } from './http-standin.js';

export interface RepoMeta {
  visibility: 'public' | 'private' | 'internal';
  forks_count: number;
  default_branch: string;
}

export interface RepoRoutesState {
  /** Per `owner/repo`; a bare repository without an entry answers as public, no forks, main. */
  repos: Map<string, RepoMeta>;
  /** Commit author email → GitHub login. */
  logins: Map<string, string>;
}

export function repoRoutes(
  repoRoot: string | undefined,
  authed: (h: Recorded['headers']) => boolean,
  state: RepoRoutesState,
): [string, RegExp, Route][] {
  const bare = (o: string, r: string): string | undefined => {
    const dir = repoRoot && join(repoRoot, o, `${r}.git`);
    return dir && existsSync(dir) ? dir : undefined;
  };
  const git = (dir: string, args: string[]): string | undefined => {
    try {
      return execFileSync('git', ['--git-dir', dir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return undefined;
    }
  };
  const guard = (req: Recorded, o: string, r: string) => {
    if (!authed(req.headers)) return { error: { status: 401, json: { message: 'Bad credentials' } } };
    const dir = bare(o, r);
    return dir ? { dir } : { error: { status: 404, json: { message: 'Not Found' } } };
  };
  return [
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)$/,
      (req, [o = '', r = '']) => {
        const g = guard(req, o, r);
        if (g.error) return g.error;
        const m = state.repos.get(`${o}/${r}`) ?? { visibility: 'public', forks_count: 0, default_branch: 'main' };
        return { json: { full_name: `${o}/${r}`, private: m.visibility !== 'public', ...m } };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/branches$/,
      (req, [o = '', r = '']) => {
        const g = guard(req, o, r);
        if (g.error) return g.error;
        const refs = git(g.dir!, ['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads']) ?? '';
        return {
          json: refs
            .split('\n')
            .filter(Boolean)
            .map((l) => {
              const [name, sha] = l.split(' ');
              return { name, commit: { sha }, protected: false };
            }),
        };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]{40})$/,
      (req, [o = '', r = '', sha = '']) => {
        const g = guard(req, o, r);
        if (g.error) return g.error;
        const out = git(g.dir!, ['show', '-s', '--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI', sha]);
        if (!out) return { status: 422, json: { message: `No commit found for SHA: ${sha}` } };
        const [an, ae, ad, cn, ce, cd] = out.split('\0');
        const login = state.logins.get(ae ?? '');
        return {
          json: {
            sha,
            commit: { author: { name: an, email: ae, date: ad }, committer: { name: cn, email: ce, date: cd } },
            author: login ? { login } : null,
          },
        };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/,
      (req, [o = '', r = '', basehead = '']) => {
        const g = guard(req, o, r);
        if (g.error) return g.error;
        const [base = '', head = ''] = decodeURIComponent(basehead).split('...');
        const b = git(g.dir!, ['rev-parse', '--verify', `${base}^{commit}`]);
        const h = git(g.dir!, ['rev-parse', '--verify', `${head}^{commit}`]);
        if (!b || !h) return { status: 404, json: { message: 'Not Found' } };
        const count = (range: string): number => Number(git(g.dir!, ['rev-list', '--count', range]) ?? 0);
        const ahead = count(`${b}..${h}`);
        const behind = count(`${h}..${b}`);
        const status =
          ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
        return { json: { status, ahead_by: ahead, behind_by: behind, total_commits: ahead, commits: [], files: [] } };
      },
    ],
  ];
}
