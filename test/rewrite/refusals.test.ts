import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { type GitDir, gitdir } from '../helpers/gitdir.js';
import { cleanupClones, cloneOf, git, refs } from './repos.js';

let o: GitDir;
let key: string;
let scratch: string;
beforeAll(() => {
  key = awsKeyId();
  o = gitdir([
    { commit: 'one', files: { 'a.env': `AWS_ACCESS_KEY_ID=${key}\n` } },
    { commit: 'two', files: { 'b.txt': 'b\n' } },
  ]);
  scratch = mkdtempSync(join(tmpdir(), 'leakhound-refusals-'));
});
afterAll(() => {
  o.cleanup();
  cleanupClones();
  rmSync(scratch, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const f = join(scratch, name);
  writeFileSync(f, text);
  return f;
}

/** Runs a rewrite that must fail: exit 2, one line naming the problem, and nothing changed. */
function refused(dir: string, args: string[], message: RegExp): void {
  const before = refs(dir, o.env);
  const r = runCli(['rewrite', '--repo', dir, ...args], { env: o.env });
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toContain(key);
  expect(r.code).toBe(2);
  expect(refs(dir, o.env)).toBe(before);
}

describe('leakhound rewrite refuses', () => {
  it('a directory that is not a repository', () => {
    const r = runCli(['rewrite', '--repo', scratch], { env: o.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a git repository .*pass --repo/);
  });

  it('a repository with uncommitted changes, even with --force', () => {
    const dir = cloneOf(o);
    writeFileSync(join(dir, 'b.txt'), 'edited\n');
    refused(dir, [], /has uncommitted changes.*commit or stash them first/);
    refused(dir, ['--force'], /has uncommitted changes/);
  });

  it('a repository with stashed changes, unless --force', () => {
    const dir = cloneOf(o);
    writeFileSync(join(dir, 'b.txt'), 'edited\n');
    git(dir, o.env, 'stash', '-q');
    refused(dir, [], /has stashed changes.*fresh clone.*--force/);
    const r = runCli(['rewrite', '--repo', dir, '--force'], { env: o.env });
    expect(r.code).toBe(0);
    expect(git(dir, o.env, 'show', 'main:a.env')).toBe('AWS_ACCESS_KEY_ID=***REMOVED***');
  });

  it('unpushed commits, unless --force', () => {
    const dir = cloneOf(o);
    git(dir, o.env, 'commit', '-q', '--allow-empty', '-m', 'local only');
    refused(dir, [], /has 1 commit\(s\) not on any remote \(e\.g\. on branch main\); push them first/);
  });

  it('a repository with no remote, unless --force', () => {
    const copy = gitdir([{ commit: 'one', files: { 'a.env': `AWS_ACCESS_KEY_ID=${key}\n` } }]);
    try {
      refused(copy.dir, [], /has no remote/);
      expect(runCli(['rewrite', '--repo', copy.dir, '--force'], { env: o.env }).code).toBe(0);
    } finally {
      copy.cleanup();
    }
  });

  it('a shallow clone', () => {
    const parent = mkdtempSync(join(scratch, 'shallow-'));
    const dir = join(parent, 'repo');
    git(scratch, o.env, 'clone', '-q', '--depth', '1', `file://${o.dir}`, dir);
    refused(dir, ['--force'], /is a shallow clone; run git fetch --unshallow/);
  });

  it.each([
    [
      'a report for another repository',
      '[{"ruleId":"r","secret":"abcdefgh12","file":"a.env","commit":"0123456789abcdef0123456789abcdef01234567"}]',
      /does not match this repository: 1 of 1 findings/,
    ],
    ['a redacted report', '[{"RuleID":"r","Secret":"REDACTED","File":"a.env"}]', /redacted secret.*--no-redact/],
    ['a file that is not JSON', `{"secret": "${'x'.repeat(8)}"`, /is not valid JSON; expected a JSON report/],
    ['a SARIF report', '{"version":"2.1.0","runs":[]}', /is not an array of findings/],
    ['a finding without a secret', '[{"ruleId":"r","file":"a.env"}]', /finding #1 has no secret/],
  ])('--findings with %s', (_name, text, message) => {
    const dir = cloneOf(o, 'mirror');
    refused(dir, ['--findings', file(`r-${Math.random()}.json`, text)], message);
  });

  it('a --findings file that does not exist', () => {
    refused(cloneOf(o, 'mirror'), ['--findings', join(scratch, 'missing.json')], /findings .*missing\.json not found/);
  });

  it.each([
    ['{secret}', /\{secret\} is not a placeholder; only \{rule\} is/],
    [`${'\n'}x`, /must be one line/],
  ])('--replacement %j', (replacement, message) => {
    refused(cloneOf(o, 'mirror'), ['--replacement', replacement], message);
  });
});
