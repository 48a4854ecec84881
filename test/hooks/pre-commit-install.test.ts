// The pre-commit framework itself (https://pre-commit.com), as a new user runs it: a project
// whose .pre-commit-config.yaml points at this repository by path and commit, `pre-commit
// install`, then real commits and pushes. pre-commit installs leakhound the way it installs
// any node hook: as a global npm install from git, without dev dependencies.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, seed, UPPER } from '../../rules/fixture-kit.js';
import { type GitDir, gitdir } from '../helpers/gitdir.js';

seed(0x9c1);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const akid = (): string => cat('AKIA', rand(`${UPPER}234567`, 16));

const home = mkdtempSync(join(tmpdir(), 'lh-pre-commit-home-'));
const made: GitDir[] = [];
afterAll(() => {
  for (const r of made) r.cleanup();
  rmSync(home, { recursive: true, force: true });
});

describe.runIf(hasPreCommit)('leakhound under the pre-commit framework', () => {
  const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const origin = gitdir([], { bare: true });
  const repo = gitdir([{ commit: 'initial', files: { 'README.md': 'hello\n' } }]);
  made.push(origin, repo);
  // npm_config_* from an enclosing `npm test` would redirect pre-commit's npm install.
  const base = Object.fromEntries(Object.entries(repo.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = { ...base, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
  const sh = (cmd: string, ...args: string[]) =>
    spawnSync(cmd, args, { cwd: repo.dir, env, encoding: 'utf8', timeout: 300_000 });

  writeFileSync(
    join(repo.dir, '.pre-commit-config.yaml'),
    [
      'repos:',
      `  - repo: ${ROOT.replace(/\/$/, '')}`,
      `    rev: ${rev}`,
      '    hooks:',
      '      - id: leakhound',
      '      - id: leakhound-pre-push',
      '',
    ].join('\n'),
  );
  repo.git('add', '.pre-commit-config.yaml');
  repo.git('commit', '-q', '-m', 'add pre-commit config');
  repo.git('remote', 'add', 'origin', origin.dir);
  repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');

  it('installs both hooks and builds its environment from a clean clone', () => {
    const install = sh('pre-commit', 'install', '--install-hooks', '-t', 'pre-commit', '-t', 'pre-push');
    expect(install.stdout + install.stderr).not.toMatch(/error/i);
    expect(install.status).toBe(0);
  }, 300_000);

  it('blocks a commit that stages a live-looking key, and says which file', () => {
    writeFileSync(join(repo.dir, 'deploy.env'), `AWS_ACCESS_KEY_ID=${akid()}\n`);
    repo.git('add', 'deploy.env');
    const r = sh('git', 'commit', '-m', 'add deploy settings');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/leakhound \(staged changes\)\.+Failed/);
    expect(r.stdout + r.stderr).toContain('deploy.env');
    expect(repo.git('log', '--format=%s', '-1')).toBe('add pre-commit config');
    repo.git('rm', '-q', '--cached', 'deploy.env');
  }, 120_000);

  it('lets a clean commit through', () => {
    writeFileSync(join(repo.dir, 'notes.md'), 'nothing secret here\n');
    repo.git('add', 'notes.md');
    const r = sh('git', 'commit', '-m', 'add notes');
    expect(r.stdout + r.stderr).toMatch(/leakhound \(staged changes\)\.+Passed/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('passes a push of clean commits and blocks one whose commits add a key', () => {
    const clean = sh('git', 'push', 'origin', 'HEAD:refs/heads/main');
    expect(clean.stdout + clean.stderr).toMatch(/leakhound \(commits being pushed\)\.+Passed/);
    expect(clean.status).toBe(0);

    writeFileSync(join(repo.dir, 'ci.env'), `AWS_ACCESS_KEY_ID=${akid()}\n`);
    repo.git('add', 'ci.env');
    // --no-verify skips the pre-commit hook only, as someone in a hurry would.
    repo.git('commit', '-q', '--no-verify', '-m', 'add ci settings');
    const leaky = sh('git', 'push', 'origin', 'HEAD:refs/heads/main');
    expect(leaky.status).not.toBe(0);
    expect(leaky.stdout + leaky.stderr).toMatch(/leakhound \(commits being pushed\)\.+Failed/);
    expect(leaky.stdout + leaky.stderr).toContain('ci.env');
    expect(origin.git('log', '--format=%s', '-1', 'main')).toBe('add notes');
  }, 120_000);
});
