// Builds real git repositories in temp dirs from a short list of steps, for tests of
// anything that reads git. Same steps, same commit ids: authors and dates are fixed (each
// commit is one minute after the previous one from 2024-01-01T00:00:00Z unless `date` says
// otherwise), and git runs without any system or user config.
//
//   const repo = gitdir([
//     { commit: 'add config', files: { 'config.env': 'KEY=…', 'logo.png': bytes } },
//     { branch: 'feature' },                                  // create and check out
//     { commit: 'move it', files: { 'app/config.env': { from: 'config.env' } } },
//     { checkout: 'main' },
//     { merge: 'feature', files: { 'config.env': 'resolved' } }, // files resolve conflicts
//     { tag: 'v1', message: 'annotated when a message is given' },
//     { commit: 'remove it', files: { 'config.env': null } },  // null deletes
//     { stage: { 'a.txt': 'staged' } }, { write: { 'a.txt': 'working tree only' } },
//   ]);
//   repo.oid('add config'); repo.git('log', '--oneline'); repo.cleanup();
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** File content: text, bytes, null to delete, or `{ from }` to move another file here. */
export type Content = string | Uint8Array | null | { from: string };
export type Files = Record<string, Content>;
export interface Person {
  name: string;
  email: string;
}

export type Step =
  | { commit: string; files?: Files; author?: Person; date?: string }
  | { branch: string; from?: string }
  | { checkout: string }
  | { merge: string; message?: string; files?: Files; date?: string }
  | { tag: string; at?: string; message?: string }
  | { deleteBranch: string }
  | { stage: Files }
  | { write: Files };

export interface GitDir {
  dir: string;
  /** Runs git in the repository with the same isolated environment; returns trimmed stdout. */
  git(...args: string[]): string;
  /** The id of the commit made with this message. */
  oid(message: string): string;
  /** The isolated environment, for git commands run elsewhere (clones of this repo). */
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

export const DEFAULT_AUTHOR: Person = { name: 'Ada Tester', email: 'ada@example.test' };
const EPOCH = Date.parse('2024-01-01T00:00:00Z');

/**
 * Also points this process's own git at an empty config (GIT_CONFIG_NOSYSTEM,
 * GIT_CONFIG_GLOBAL), so the code under test cannot be changed by a developer's settings.
 */
export function gitdir(steps: Step[], options: { bare?: boolean } = {}): GitDir {
  const env = isolate();
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-git-'));
  const commits = new Map<string, string>();
  let minute = 0;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: timed(env, minute),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  const gitOk = (...args: string[]): boolean => {
    try {
      git(...args);
      return true;
    } catch {
      return false;
    }
  };
  const apply = (files: Files): void => {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, path);
      if (content === null) rmSync(abs, { force: true });
      else if (typeof content === 'object' && 'from' in content) {
        mkdirSync(dirname(abs), { recursive: true });
        git('mv', '--', content.from, path);
      } else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
  };

  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  for (const step of steps) {
    if ('commit' in step) {
      minute = step.date ? (Date.parse(step.date) - EPOCH) / 60000 : minute + 1;
      apply(step.files ?? {});
      git('add', '-A');
      const who = step.author ?? DEFAULT_AUTHOR;
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', step.commit], {
        cwd: dir,
        env: { ...timed(env, minute), GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email },
      });
      commits.set(step.commit, git('rev-parse', 'HEAD'));
    } else if ('branch' in step) git('checkout', '-q', '-b', step.branch, ...(step.from ? [step.from] : []));
    else if ('checkout' in step) git('checkout', '-q', step.checkout);
    else if ('merge' in step) {
      minute = step.date ? (Date.parse(step.date) - EPOCH) / 60000 : minute + 1;
      const message = step.message ?? `merge ${step.merge}`;
      // A conflict is expected when the step brings the resolution in `files`.
      gitOk('merge', '-q', '--no-ff', '--no-commit', step.merge);
      apply(step.files ?? {});
      git('add', '-A');
      git('commit', '-q', '--no-edit', '-m', message);
      commits.set(message, git('rev-parse', 'HEAD'));
    } else if ('tag' in step) {
      git('tag', ...(step.message ? ['-a', '-m', step.message] : []), step.tag, step.at ?? 'HEAD');
    } else if ('deleteBranch' in step) git('branch', '-q', '-D', step.deleteBranch);
    else if ('stage' in step) {
      apply(step.stage);
      git('add', '-A', '--', ...Object.keys(step.stage));
    } else if ('write' in step) {
      for (const [path, content] of Object.entries(step.write)) {
        const abs = join(dir, path);
        if (content === null) rmSync(abs, { force: true });
        else if (typeof content === 'string' || content instanceof Uint8Array) {
          mkdirSync(dirname(abs), { recursive: true });
          writeFileSync(abs, content);
        }
      }
    }
  }
  if (options.bare) {
    const bare = `${dir}.git`;
    execFileSync('git', ['clone', '-q', '--mirror', dir, bare], { env });
    rmSync(dir, { recursive: true, force: true });
    return handle(bare, env, commits);
  }
  return handle(dir, env, commits);
}

function handle(dir: string, env: NodeJS.ProcessEnv, commits: Map<string, string>): GitDir {
  return {
    dir,
    env,
    git: (...args) =>
      execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
    oid(message) {
      const oid = commits.get(message);
      if (!oid)
        throw new Error(
          `gitdir: no commit with message ${JSON.stringify(message)}; known: ${[...commits.keys()].join(', ')}`,
        );
      return oid;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

let isolated: NodeJS.ProcessEnv | null = null;

function isolate(): NodeJS.ProcessEnv {
  if (isolated) return isolated;
  const home = mkdtempSync(join(tmpdir(), 'leakhound-home-'));
  writeFileSync(join(home, '.gitconfig'), '');
  const vars = {
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: DEFAULT_AUTHOR.name,
    GIT_AUTHOR_EMAIL: DEFAULT_AUTHOR.email,
    GIT_COMMITTER_NAME: DEFAULT_AUTHOR.name,
    GIT_COMMITTER_EMAIL: DEFAULT_AUTHOR.email,
  };
  Object.assign(process.env, {
    GIT_CONFIG_NOSYSTEM: vars.GIT_CONFIG_NOSYSTEM,
    GIT_CONFIG_GLOBAL: vars.GIT_CONFIG_GLOBAL,
  });
  isolated = { ...process.env, ...vars };
  return isolated;
}

function timed(env: NodeJS.ProcessEnv, minute: number): NodeJS.ProcessEnv {
  const date = new Date(EPOCH + minute * 60000).toISOString();
  return { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
}
