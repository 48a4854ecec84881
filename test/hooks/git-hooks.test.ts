import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, seed, UPPER } from '../../rules/fixture-kit.js';
import { runCli } from '../helpers/cli.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

seed(0x400c);
const akid = (): string => cat('AKIA', rand(`${UPPER}234567`, 16));

const made: GitDir[] = [];
afterAll(() => {
  for (const r of made) r.cleanup();
});

/** A clone with a bare `origin`, as a developer has it. */
function project(): { repo: GitDir; origin: GitDir } {
  const origin = gitdir([{ commit: 'initial', files: { 'README.md': 'hello\n', 'app/settings.env': 'region=eu\n' } }], {
    bare: true,
  });
  const repo = gitdir([]);
  made.push(origin, repo);
  repo.git('remote', 'add', 'origin', origin.dir);
  repo.git('fetch', '-q', 'origin');
  repo.git('checkout', '-q', '-B', 'main', 'origin/main');
  repo.git('branch', '-q', '--set-upstream-to=origin/main');
  return { repo, origin };
}

/** git as the developer runs it: hooks and all, failures returned rather than thrown. */
function git(repo: GitDir, args: string[], input = '') {
  const r = spawnSync('git', args, { cwd: repo.dir, env: { ...repo.env, NO_COLOR: '1' }, input, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function write(repo: GitDir, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(repo.dir, name, '..'), { recursive: true });
    writeFileSync(join(repo.dir, name), text);
  }
}

function install(repo: GitDir, ...flags: string[]) {
  const r = runCli(['hook', 'install', ...flags, '--repo', repo.dir], { env: repo.env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const hooksDir = (repo: GitDir) => repo.git('rev-parse', '--path-format=absolute', '--git-path', 'hooks');

describe('the pre-commit hook', () => {
  it('blocks a commit that adds a secret, saying where, which rule, and how to allow it', () => {
    const { repo } = project();
    install(repo);
    const key = akid();
    write(repo, { 'app/settings.env': `region=eu\ndebug=false\naws_access_key_id=${key}\n` });
    repo.git('add', 'app/settings.env');
    const head = repo.git('rev-parse', 'HEAD');
    const r = git(repo, ['commit', '-q', '-m', 'configure aws']);
    expect(r.code).not.toBe(0);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    const out = r.stdout + r.stderr;
    expect(out).not.toContain(key);
    expect(out).toContain('aws-access-key-id');
    expect(out).toContain('app/settings.env:3:');
    expect(out).toContain('REDACTED');
    expect(out).toContain('leakhound: commit blocked: 1 possible secret in the staged changes');
    expect(out).toContain('add a comment containing leakhound:allow to line 3 of app/settings.env');
    expect(out).toContain("echo 'app/settings.env:aws-access-key-id:3' >> .gitleaksignore && git add .gitleaksignore");
    expect(out).toContain('git commit --no-verify');
  });

  it('lets a clean commit through without a word', () => {
    const { repo } = project();
    install(repo);
    write(repo, { 'README.md': 'hello, world\n' });
    const r = git(repo, ['commit', '-q', '-am', 'docs']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(repo.git('log', '-1', '--format=%s')).toBe('docs');
  });

  it('judges only the staged content of a partly staged file', () => {
    const { repo } = project();
    install(repo);
    const key = akid();
    // Staged: a clean change. Working tree only: a secret below it.
    write(repo, { 'app/settings.env': 'region=us\n' });
    repo.git('add', 'app/settings.env');
    write(repo, { 'app/settings.env': `region=us\naws_access_key_id=${key}\n` });
    expect(git(repo, ['commit', '-q', '-m', 'clean part']).code).toBe(0);
    expect(repo.git('show', 'HEAD:app/settings.env')).toBe('region=us');

    // Staged: the secret. Working tree: already cleaned up, but not staged.
    repo.git('add', 'app/settings.env');
    write(repo, { 'app/settings.env': 'region=us\n' });
    const r = git(repo, ['commit', '-q', '-m', 'secret part']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('app/settings.env:2:');
  });

  it('accepts the allowances it suggests: the ignore-file line and the inline comment', () => {
    const { repo } = project();
    install(repo);
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    repo.git('add', '-A');
    const blocked = git(repo, ['commit', '-q', '-m', 'x']);
    const suggestion = /echo ('[^']+') >> \.gitleaksignore/.exec(blocked.stderr)![1]!.slice(1, -1);
    write(repo, { '.gitleaksignore': `${suggestion}\n` });
    repo.git('add', '-A');
    expect(git(repo, ['commit', '-q', '-m', 'allowed by fingerprint']).code).toBe(0);

    write(repo, { 'test/fixture.env': `aws_access_key_id=${akid()} # leakhound:allow\n` });
    repo.git('add', '-A');
    expect(git(repo, ['commit', '-q', '-m', 'allowed inline']).code).toBe(0);
  });

  it('is skipped by git commit --no-verify, the documented escape hatch', () => {
    const { repo } = project();
    install(repo);
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    expect(git(repo, ['commit', '-q', '--no-verify', '-am', 'on purpose']).code).toBe(0);
  });

  it('keeps an existing hook running first, and uninstall puts it back unchanged', () => {
    const { repo } = project();
    const hooks = hooksDir(repo);
    mkdirSync(hooks, { recursive: true });
    const original = '#!/bin/sh\necho "existing hook ran with $# args" >> "$(git rev-parse --git-dir)/existing.log"\n';
    writeFileSync(join(hooks, 'pre-commit'), original);
    chmodSync(join(hooks, 'pre-commit'), 0o755);

    expect(install(repo)).toContain('the existing hook still runs first');
    write(repo, { 'README.md': 'one\n' });
    expect(git(repo, ['commit', '-q', '-am', 'one']).code).toBe(0);
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    expect(git(repo, ['commit', '-q', '-am', 'two']).code).not.toBe(0);
    expect(readFileSync(join(repo.dir, '.git', 'existing.log'), 'utf8')).toBe(
      'existing hook ran with 0 args\n'.repeat(2),
    );

    expect(runCli(['hook', 'uninstall', '--repo', repo.dir], { env: repo.env }).stdout).toContain(
      'pre-commit: removed; the previous hook is back in place',
    );
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(original);
    expect(existsSync(join(hooks, 'pre-commit.leakhound-chained'))).toBe(false);
  });

  it('installs idempotently: a second install changes nothing and chains nothing twice', () => {
    const { repo } = project();
    const hooks = hooksDir(repo);
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    install(repo);
    const first = readFileSync(join(hooks, 'pre-commit'), 'utf8');
    expect(install(repo)).toContain('pre-commit: already installed (refreshed)');
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(first);
    expect(readFileSync(join(hooks, 'pre-commit.leakhound-chained'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });

  it('writes into core.hooksPath when the repository sets it', () => {
    const { repo } = project();
    repo.git('config', 'core.hooksPath', '.githooks');
    install(repo);
    expect(existsSync(join(repo.dir, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    expect(git(repo, ['commit', '-q', '-am', 'x']).code).not.toBe(0);
  });

  it('leaves a hook it did not install alone on uninstall', () => {
    const { repo } = project();
    const hooks = hooksDir(repo);
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, 'pre-push'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const r = runCli(['hook', 'uninstall', '--repo', repo.dir], { env: repo.env });
    expect(r.stdout).toContain('pre-push: not installed by leakhound; left alone');
    expect(readFileSync(join(hooks, 'pre-push'), 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });
});

describe('the pre-push hook', () => {
  it('blocks pushing a new branch that adds a secret, and lets the clean branch through', () => {
    const { repo, origin } = project();
    install(repo, '--pre-push');
    repo.git('checkout', '-q', '-b', 'feature');
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    git(repo, ['commit', '-q', '--no-verify', '-am', 'sneaky']);
    write(repo, { 'README.md': 'later\n' });
    git(repo, ['commit', '-q', '-am', 'later']);
    const r = git(repo, ['push', '-q', 'origin', 'feature']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('leakhound: push blocked: 1 possible secret in the commits being pushed');
    expect(r.stderr).toContain(`${repo.git('rev-parse', 'HEAD~1')}:app/settings.env:aws-access-key-id:1`);
    expect(r.stderr).toContain('git push --no-verify');
    expect(
      spawnSync('git', ['rev-parse', '--verify', '-q', 'refs/heads/feature'], { cwd: origin.dir, env: origin.env })
        .status,
    ).not.toBe(0);

    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'clean');
    write(repo, { 'README.md': 'clean\n' });
    git(repo, ['commit', '-q', '-am', 'clean']);
    expect(git(repo, ['push', '-q', 'origin', 'clean']).code).toBe(0);
  });

  it('scans only the commits the remote lacks when updating a branch', () => {
    const { repo } = project();
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    git(repo, ['commit', '-q', '--no-verify', '-am', 'already public']);
    expect(git(repo, ['push', '-q', 'origin', 'main']).code).toBe(0);
    install(repo, '--pre-push');
    write(repo, { 'README.md': 'next\n' });
    git(repo, ['commit', '-q', '-am', 'next']);
    expect(git(repo, ['push', '-q', 'origin', 'main']).code).toBe(0);
    write(repo, { 'more.env': `aws_access_key_id=${akid()}\n` });
    repo.git('add', 'more.env');
    git(repo, ['commit', '-q', '--no-verify', '-m', 'new secret']);
    expect(git(repo, ['push', '-q', 'origin', 'main']).code).not.toBe(0);
  });

  it('scans the whole history on the first push to an empty remote', () => {
    const repo = gitdir([
      { commit: 'leak', files: { 'app.env': `aws_access_key_id=${akid()}\n` } },
      { commit: 'later', files: { 'README.md': 'hi\n' } },
    ]);
    const empty = gitdir([]);
    made.push(repo, empty);
    rmSync(empty.dir, { recursive: true, force: true });
    spawnSync('git', ['init', '-q', '--bare', empty.dir], { env: empty.env });
    repo.git('remote', 'add', 'origin', empty.dir);
    install(repo, '--pre-push');
    const r = git(repo, ['push', '-q', 'origin', 'main']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${repo.oid('leak')}:app.env:aws-access-key-id:1`);
  });

  it('lets a branch deletion through', () => {
    const { repo } = project();
    repo.git('checkout', '-q', '-b', 'gone');
    write(repo, { 'app/settings.env': `aws_access_key_id=${akid()}\n` });
    git(repo, ['commit', '-q', '--no-verify', '-am', 'secret']);
    expect(git(repo, ['push', '-q', 'origin', 'gone']).code).toBe(0);
    install(repo, '--pre-push');
    expect(git(repo, ['push', '-q', 'origin', ':gone']).code).toBe(0);
  });

  it('gives an existing pre-push hook the same arguments and refs on stdin', () => {
    const { repo } = project();
    const hooks = hooksDir(repo);
    mkdirSync(hooks, { recursive: true });
    writeFileSync(
      join(hooks, 'pre-push'),
      '#!/bin/sh\n{ echo "$1"; cat; } > "$(git rev-parse --git-dir)/pre-push.log"\n',
      { mode: 0o755 },
    );
    install(repo, '--pre-push');
    write(repo, { 'README.md': 'pushed\n' });
    git(repo, ['commit', '-q', '-am', 'pushed']);
    const before = repo.git('rev-parse', 'origin/main');
    expect(git(repo, ['push', '-q', 'origin', 'main']).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.git', 'pre-push.log'), 'utf8')).toBe(
      `origin\nrefs/heads/main ${repo.git('rev-parse', 'HEAD')} refs/heads/main ${before}\n`,
    );
  });
});
