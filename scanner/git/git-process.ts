import { spawn, type ChildProcessByStdio, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/**
 * Environment for every git process the scanner starts. A scan never touches the network
 * (no lazy fetch of a partial clone's missing objects: they are reported as skipped), never
 * takes optional locks (a scan must not rewrite the index a developer is using) and never
 * prompts.
 */
export function scanEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
  };
}

/**
 * Flags for plumbing that prints paths and patches, so that a developer's config (quoted
 * paths, prefixes, colours, external diff tools) cannot change what we parse.
 */
export const STABLE_CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'diff.noprefix=false',
  // A blank context line keeps its leading space, so it is not taken for the end of a hunk.
  '-c',
  'diff.suppressBlankEmpty=false',
];

/** A git command that failed; the message carries git's own first stderr line. */
export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args
        .filter((a) => a !== '-c' && !a.includes('='))
        .slice(0, 3)
        .join(' ')} failed: ${firstLine(stderr) || `exit ${code}`}`,
    );
  }
}

export function spawnGit(repo: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd: repo, env: scanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** spawnGit for a command that reads nothing: no pipe (and no stream) for its stdin. */
export function spawnGitReader(repo: string, args: string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawn('git', args, { cwd: repo, env: scanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface RunOptions {
  input?: string | Buffer;
  /** Exit codes that are not failures (e.g. 1 for `rev-parse --verify -q`). */
  okCodes?: number[];
}

/** Runs git to completion and returns stdout. For small outputs only. */
export function runGit(
  repo: string,
  args: string[],
  options: RunOptions = {},
): Promise<{ stdout: Buffer; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repo, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) => {
      const ok = code === 0 || (code !== null && (options.okCodes ?? []).includes(code));
      if (ok) resolve({ stdout: Buffer.concat(out), code: code ?? 0 });
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

export async function gitText(repo: string, args: string[], options?: RunOptions): Promise<string> {
  return (await runGit(repo, args, options)).stdout.toString('utf8');
}

/**
 * `dir` itself (its real path, as git gives it) when it is plainly the top of a work tree, so
 * no git needs starting to ask: it holds a `.git` file (a linked worktree or a submodule) or a
 * `.git` directory with a HEAD whose config moves no work tree, no GIT_DIR or GIT_WORK_TREE says
 * to look elsewhere, and this user owns both (git refuses a repository another user owns unless
 * safe.directory allows it). Anything less plain: null, and the caller asks git (repoRoot).
 *
 * It does not run git's other checks, so only a caller whose next git call in `dir` reports
 * what git refuses may use it (the staged check: see stagedRoot).
 */
export function plainTopLevel(dir: string): string | null {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return null;
  const dotGit = join(dir, '.git');
  try {
    const st = statSync(dotGit);
    const uid = process.getuid?.();
    if (uid === undefined || st.uid !== uid || statSync(dir).uid !== uid) return null;
    if (st.isFile()) {
      if (!readFileSync(dotGit, 'latin1').startsWith('gitdir: ')) return null;
    } else {
      // Regular files only: a FIFO would block this (synchronous) read for ever.
      if (!statSync(join(dotGit, 'HEAD')).isFile() || !statSync(join(dotGit, 'config')).isFile()) return null;
      const config = readFileSync(join(dotGit, 'config'), 'latin1');
      if (/^\s*(?:worktree\s*=|bare\s*=\s*(?:true|yes|on|1)\s*$|\[include)/im.test(config)) return null;
    }
    return realpathSync(dir);
  } catch {
    return null;
  }
}

/** The repository's top level, or an InputError that says how to fix the path. */
export async function repoRoot(dir: string): Promise<string> {
  try {
    const top = (await gitText(dir, ['rev-parse', '--show-toplevel'])).trim();
    if (top) return top;
    // A bare repository has no work tree; git-dir is the root that paths are relative to.
    return (await gitText(dir, ['rev-parse', '--absolute-git-dir'])).trim();
  } catch (err) {
    if (err instanceof GitError) {
      if (/bare repository|work tree/.test(err.stderr))
        return (await gitText(dir, ['rev-parse', '--absolute-git-dir'])).trim();
      throw new InputError(
        `${dir} is not a git repository (${firstLine(err.stderr)}); pass --repo with a clone, e.g. --repo ./my-service`,
      );
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new InputError(`cannot run ${dir}: the directory does not exist or git is not installed`);
    throw err;
  }
}

export function spawnError(e: Error): Error {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    return new InputError(
      'git is not installed or not on PATH; leakhound needs git 2.30 or later for history and diff scans',
    );
  return e;
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * Writes one object id per line to a git process's stdin in batches, honouring back-pressure,
 * then closes it. A process that exits early must not crash us with EPIPE: its exit code and
 * stderr say what happened.
 */
export function writeIds(stdin: NodeJS.WritableStream, oids: readonly string[], from = 0): void {
  stdin.on('error', () => {});
  let i = from;
  const write = (): void => {
    while (i < oids.length) {
      const end = Math.min(i + 512, oids.length);
      const ok = stdin.write(`${oids.slice(i, end).join('\n')}\n`);
      i = end;
      if (!ok) {
        stdin.once('drain', write);
        return;
      }
    }
    stdin.end();
  };
  write();
}
