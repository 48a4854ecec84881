// Repositories for the rewrite tests: an origin with a secret in every place the issue lists,
// clones of it to rewrite, and the checks every rewrite must pass.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

export interface Leaky {
  origin: GitDir;
  keys: Record<
    'deleted' | 'renamed' | 'branch' | 'lightTag' | 'annotatedTag' | 'tagMessage' | 'message' | 'merge' | 'head',
    string
  >;
}

/** Secrets in an added-then-deleted file, a renamed file, an unmerged branch, tags, messages, a merge, HEAD. */
export function leakyOrigin(): Leaky {
  const k = {
    deleted: awsKeyId(),
    renamed: awsKeyId(),
    branch: awsKeyId(),
    lightTag: awsKeyId(),
    annotatedTag: awsKeyId(),
    tagMessage: awsKeyId(),
    message: awsKeyId(),
    merge: awsKeyId(),
    head: awsKeyId(),
  };
  const origin = gitdir([
    { commit: 'start', files: { 'README.md': '# service\n', 'src/app.ts': 'export const port = 8080;\n' } },
    {
      commit: 'add deploy config',
      files: { 'deploy.env': `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${k.deleted}\n# end\n` },
    },
    { commit: 'remove deploy config', files: { 'deploy.env': null } },
    { commit: 'add settings', files: { 'settings.ini': `[aws]\naccess_key_id = ${k.renamed}\nregion = us-east-1\n` } },
    { commit: 'move settings', files: { 'config/settings.ini': { from: 'settings.ini' } } },
    { commit: 'drop settings', files: { 'config/settings.ini': null } },
    { branch: 'wip' },
    { commit: 'try a key', files: { 'wip.txt': `key ${k.branch} here\n` } },
    { checkout: 'main' },
    { branch: 'light' },
    { commit: 'light tagged', files: { 'light.txt': `aws ${k.lightTag}\n` } },
    { tag: 'light-1' },
    { checkout: 'main' },
    { branch: 'annotated' },
    { commit: 'annotated tagged', files: { 'annotated.txt': `aws ${k.annotatedTag}\n` } },
    { tag: 'release-1', message: 'release one' },
    { checkout: 'main' },
    { deleteBranch: 'light' },
    { deleteBranch: 'annotated' },
    { tag: 'notes-1', message: `rotated AWS_ACCESS_KEY_ID=${k.tagMessage} today` },
    { commit: `use AWS_ACCESS_KEY_ID=${k.message} for now`, files: { 'src/app.ts': 'export const port = 8081;\n' } },
    { branch: 'side' },
    { commit: 'side edit', files: { 'conflict.txt': 'side\n' } },
    { checkout: 'main' },
    { commit: 'main edit', files: { 'conflict.txt': 'main\n' } },
    { merge: 'side', files: { 'conflict.txt': `resolved\nAWS_ACCESS_KEY_ID=${k.merge}\n` } },
    { commit: 'clean merge', files: { 'conflict.txt': 'resolved\n' } },
    { commit: 'current config', files: { 'live.env': `line one\nAWS_ACCESS_KEY_ID=${k.head}\nline three\n` } },
  ]);
  return { origin, keys: k };
}

const made: string[] = [];

/** A clone of `origin` in a new temp dir: plain (`git clone`) or `--mirror`. */
export function cloneOf(origin: GitDir, how: 'plain' | 'mirror' = 'plain'): string {
  const parent = mkdtempSync(join(tmpdir(), 'leakhound-rewrite-'));
  made.push(parent);
  const dir = join(parent, how === 'mirror' ? 'repo.git' : 'repo');
  execFileSync('git', ['clone', '-q', ...(how === 'mirror' ? ['--mirror'] : []), origin.dir, dir], {
    env: origin.env,
    stdio: 'ignore',
  });
  return dir;
}

export function cleanupClones(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
}

/** Expire reflogs and gc, then every object left, content included, as one string. */
export function objectsAfterGc(dir: string, env: NodeJS.ProcessEnv): string {
  git(dir, env, 'reflog', 'expire', '--expire=now', '--all');
  git(dir, env, 'gc', '-q', '--prune=now');
  return execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], {
    cwd: dir,
    env,
    encoding: 'latin1',
    maxBuffer: 256 << 20,
  });
}

/** Refs and what they point at, `oid ref` per line. */
export function refs(dir: string, env: NodeJS.ProcessEnv): string {
  return git(dir, env, 'for-each-ref', '--format=%(objectname) %(objecttype) %(refname)');
}
