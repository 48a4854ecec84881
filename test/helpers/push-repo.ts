// A "GitHub" repository for responder tests: a bare repository (the remote the responder
// fetches from, via LEAKHOUND_GIT_URL_TEMPLATE) and a working clone that commits and pushes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PushRepo {
  /** Directory holding `<owner>/<repo>.git`, for the URL template. */
  root: string;
  fullName: string;
  /** `file://` URL of the bare repository. */
  url: string;
  /** Commits the files (path → content) and returns the new SHA. */
  commit(
    files: Record<string, string>,
    opts?: { message?: string; date?: string; author?: string; email?: string },
  ): string;
  /** Pushes HEAD to `refs/heads/<branch>`, returns { before, after }. */
  push(branch?: string, opts?: { force?: boolean }): { before: string; after: string };
  head(): string;
  /** Moves the working branch to `sha` (for force pushes). */
  resetTo(sha: string): void;
  remove(): void;
}

const ZERO = '0'.repeat(40);

export function pushRepo(fullName = 'octo-org/leaky-service'): PushRepo {
  const root = mkdtempSync(join(tmpdir(), 'leakhound-remote-'));
  const bare = join(root, `${fullName}.git`);
  mkdirSync(dirname(bare), { recursive: true });
  const work = join(root, 'work');
  const git = (cwd: string, args: string[], env: Record<string, string> = {}): string =>
    execFileSync('git', args, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  git(root, ['init', '--quiet', '--bare', bare]);
  git(root, ['init', '--quiet', '-b', 'main', work]);
  git(work, ['config', 'user.name', 'Dev Eloper']);
  git(work, ['config', 'user.email', 'dev@example.com']);
  git(work, ['config', 'commit.gpgsign', 'false']);
  const remoteTip = (branch: string): string => {
    try {
      return git(root, ['--git-dir', bare, 'rev-parse', `refs/heads/${branch}`]);
    } catch {
      return ZERO;
    }
  };
  return {
    root,
    fullName,
    url: `file://${bare}`,
    commit(files, opts = {}) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(work, path)), { recursive: true });
        writeFileSync(join(work, path), content);
      }
      git(work, ['add', '-A']);
      const date = opts.date ?? new Date().toISOString();
      const author = opts.author ?? 'Dev Eloper';
      git(work, ['commit', '--quiet', '-m', opts.message ?? 'change'], {
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: author,
        ...(opts.email ? { GIT_AUTHOR_EMAIL: opts.email } : {}),
      });
      return git(work, ['rev-parse', 'HEAD']);
    },
    push(branch = 'main', opts = {}) {
      const before = remoteTip(branch);
      git(work, ['push', '--quiet', ...(opts.force ? ['--force'] : []), bare, `HEAD:refs/heads/${branch}`]);
      return { before, after: remoteTip(branch) };
    },
    head: () => git(work, ['rev-parse', 'HEAD']),
    resetTo: (sha) => void git(work, ['reset', '--quiet', '--hard', sha]),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
