// The pre-commit framework's side: the hook manifest it reads, the command it would run, and
// the environment it gives a pre-push hook instead of git's stdin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, seed, UPPER } from '../../rules/fixture-kit.js';
import { runCli } from '../helpers/cli.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

seed(0x9c0);
const akid = (): string => cat('AKIA', rand(`${UPPER}234567`, 16));
const root = new URL('../../', import.meta.url);

const made: GitDir[] = [];
afterAll(() => {
  for (const r of made) r.cleanup();
});

/** The manifest is a flat list of hooks with scalar values: enough to read without a YAML parser. */
function manifest(): Array<Record<string, string>> {
  const text = readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8');
  return text
    .split(/^- /m)
    .slice(1)
    .map((block) =>
      Object.fromEntries(
        block
          .split('\n')
          .map((l) => /^\s*([a-z_]+): (.*)$/.exec(l))
          .filter((m) => m !== null)
          .map((m) => [m![1]!, m![2]!]),
      ),
    );
}

describe('.pre-commit-hooks.yaml', () => {
  it('runs the package bin on what git is about to commit or push, never on file names', () => {
    const hooks = manifest();
    expect(hooks.map((h) => h.id)).toEqual(['leakhound', 'leakhound-pre-push']);
    for (const h of hooks) expect(h).toMatchObject({ language: 'node', pass_filenames: 'false', always_run: 'true' });
    expect(hooks[0]).toMatchObject({ entry: 'leakhound diff --staged', stages: '[pre-commit]' });
    expect(hooks[1]).toMatchObject({ entry: 'leakhound hook run pre-push', stages: '[pre-push]' });
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    expect(pkg.bin.leakhound).toBe('scanner/dist/cli.js');
  });

  it('blocks a staged secret with the pre-commit entry', () => {
    const repo = gitdir([
      { commit: 'initial', files: { 'README.md': 'hi\n' } },
      { stage: { 'app.env': `aws_access_key_id=${akid()}\n` } },
    ]);
    made.push(repo);
    const args = manifest()[0]!.entry!.split(' ').slice(1);
    const r = runCli(args, { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('app.env');
  });
});

describe('the pre-push check under the pre-commit framework', () => {
  const repo = gitdir([
    { commit: 'initial', files: { 'README.md': 'hi\n' } },
    { branch: 'feature' },
    { commit: 'leak', files: { 'app.env': `aws_access_key_id=${akid()}\n` } },
  ]);
  made.push(repo);
  repo.git('update-ref', 'refs/remotes/origin/main', repo.oid('initial'));
  const run = (env: Record<string, string>) =>
    runCli(['hook', 'run', 'pre-push', '--repo', repo.dir], { env: { ...repo.env, ...env } });

  it('scans PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF', () => {
    const r = run({
      PRE_COMMIT_FROM_REF: repo.oid('initial'),
      PRE_COMMIT_TO_REF: repo.oid('leak'),
      PRE_COMMIT_REMOTE_NAME: 'origin',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${repo.oid('leak')}:app.env:aws-access-key-id:1`);
  });

  it('scans the commits the remote lacks when only the branch is given', () => {
    const r = run({
      PRE_COMMIT_REMOTE_NAME: 'origin',
      PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/feature',
      PRE_COMMIT_REMOTE_BRANCH: 'refs/heads/feature',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('push blocked: 1 possible secret');
  });

  it('passes when the range adds nothing', () => {
    writeFileSync(join(repo.dir, 'unrelated.txt'), 'x\n');
    expect(run({ PRE_COMMIT_FROM_REF: repo.oid('leak'), PRE_COMMIT_TO_REF: repo.oid('leak') }).code).toBe(0);
  });
});
