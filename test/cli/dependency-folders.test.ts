import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, UPPER } from '../../rules/fixture-kit.js';
import type { Finding } from '../../scanner/finding.js';
import { runCli } from '../helpers/cli.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

const B32 = `${UPPER}234567`;
const akid = (): string => cat('AKIA', rand(B32, 16));
const repos: GitDir[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const files = (out: string): string[] => (JSON.parse(out) as Finding[]).map((f) => f.file).sort();

describe('dependency folders', () => {
  const vendored = akid();
  const installed = akid();
  const cached = akid();
  const repo = gitdir([
    {
      commit: 'vendor the sdk',
      files: {
        '.gitignore': 'node_modules/\n',
        'vendor/github.com/acme/sdk/client.go': `package sdk\nconst id = "${vendored}"\n`,
        'app.go': 'package main\n',
      },
    },
    // Installed after the commit and ignored, or never added: neither is committed code.
    { write: { 'node_modules/dep/index.js': `module.exports = "${installed}";\n` } },
    { write: { '.terraform/providers/cache.txt': `id=${cached}\n` } },
  ]);
  repos.push(repo);

  it('scans a vendor/ folder git tracks and lists the untracked ones it skipped with the flag', () => {
    const r = runCli(['scan', repo.dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['vendor/github.com/acme/sdk/client.go']);
    expect(r.stderr).toContain('skipped untracked dependency folders .terraform/, node_modules/');
    expect(r.stderr).toContain('--no-default-excludes scans them');

    const text = runCli(['scan', repo.dir]);
    expect(text.stdout).toContain('2 folders skipped: 2 untracked dependency folder');
    expect(text.stdout).toMatch(
      /untracked dependency folder\s+node_modules\/ \(not tracked by git; --no-default-excludes scans it\)/,
    );
  });

  it('scans every folder with --no-default-excludes', () => {
    const r = runCli(['scan', repo.dir, '--format', 'json', '--no-default-excludes']);
    expect(files(r.stdout)).toEqual([
      '.terraform/providers/cache.txt',
      'node_modules/dep/index.js',
      'vendor/github.com/acme/sdk/client.go',
    ]);
    expect(r.stderr).not.toContain('skipped');
  });

  it('skips dependency folders outside any git work tree, and says so', () => {
    const root = mkdtempSync(join(tmpdir(), 'lh-deps-'));
    dirs.push(root);
    mkdirSync(join(root, 'vendor/pkg'), { recursive: true });
    writeFileSync(join(root, 'vendor/pkg/conf.php'), `<?php $id = '${akid()}';\n`);
    const r = runCli(['scan', root, '--format', 'sarif']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Skipped vendor/: untracked dependency folder (not tracked by git; --no-default-excludes scans it)',
    );
  });
});
