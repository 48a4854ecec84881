import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { type GitDir, gitdir, type Step } from '../helpers/gitdir.js';
import { cleanupClones, cloneOf, git, objectsAfterGc, refs } from './repos.js';

const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
  cleanupClones();
});

function origin(steps: Step[]): GitDir {
  const r = gitdir(steps);
  made.push(r);
  return r;
}

function report(dir: string, name: string, findings: object[]): string {
  const file = join(dir, '..', name);
  writeFileSync(file, JSON.stringify(findings));
  return file;
}

describe('leakhound rewrite options', () => {
  it('--dry-run prints what would change and changes nothing', () => {
    const key = awsKeyId();
    const o = origin([
      { commit: 'one', files: { 'a.env': `AWS_ACCESS_KEY_ID=${key}\n` } },
      { commit: 'two', files: { 'b.txt': 'b\n' } },
    ]);
    const dir = cloneOf(o, 'mirror');
    const before = refs(dir, o.env);
    const r = runCli(['rewrite', '--repo', dir, '--dry-run'], { env: o.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(dry run, nothing changed)');
    expect(r.stdout).toContain('refs would be rewritten: 1 of 1 (refs/heads/main)');
    expect(r.stdout).toContain(`commits would be rewritten: 2 of 2; the first is ${o.oid('one')}`);
    expect(r.stdout).toContain('blobs would be rewritten: 1');
    expect(r.stdout).not.toContain(key);
    expect(refs(dir, o.env)).toBe(before);
    expect(objectsAfterGc(dir, o.env)).toContain(key);
  });

  it("--findings takes a gitleaks report, and --rule removes only that rule's secrets", () => {
    const [aws, other] = [awsKeyId(), `tok_${awsKeyId().toLowerCase()}`];
    const o = origin([{ commit: 'one', files: { 'a.env': `k=${aws}\nt=${other}\n` } }]);
    const dir = cloneOf(o, 'mirror');
    const file = report(dir, 'gitleaks.json', [
      { RuleID: 'aws-access-key-id', Secret: aws, File: 'a.env', Commit: o.oid('one'), StartLine: 1 },
      { RuleID: 'custom-token', Secret: other, File: 'a.env', Commit: o.oid('one'), StartLine: 2 },
    ]);
    const r = runCli(['rewrite', '--repo', dir, '--findings', file, '--rule', 'custom-token'], { env: o.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 secret(s) removed');
    expect(git(dir, o.env, 'show', 'main:a.env')).toBe(`k=${aws}\nt=***REMOVED***`);
    const refsNow = refs(dir, o.env);
    const again = runCli(['rewrite', '--repo', dir, '--findings', file, '--rule', 'custom-token'], { env: o.env });
    expect(again.stdout).toContain('1 secret(s) found, but none occurs');
    expect(refs(dir, o.env)).toBe(refsNow);
  });

  it('--baseline keeps the secrets an earlier report accepted; --replacement names the rule', () => {
    const [known, fresh] = [awsKeyId(), awsKeyId()];
    const o = origin([{ commit: 'one', files: { 'a.env': `old=${known}\nnew=${fresh}\n` } }]);
    const dir = cloneOf(o, 'mirror');
    const baseline = report(dir, 'baseline.json', [
      {
        ruleId: 'aws-access-key-id',
        file: 'a.env',
        secret: known,
        fingerprint: `${o.oid('one')}:a.env:aws-access-key-id:1`,
      },
    ]);
    const r = runCli(['rewrite', '--repo', dir, '--baseline', baseline, '--replacement', '{rule}:REMOVED'], {
      env: o.env,
    });
    expect(r.code).toBe(0);
    expect(git(dir, o.env, 'show', 'main:a.env')).toBe(`old=${known}\nnew=aws-access-key-id:REMOVED`);
  });

  it('leaves what an inline allow comment or the ignore file allows', () => {
    const [allowed, ignored, removed] = [awsKeyId(), awsKeyId(), awsKeyId()];
    const o = origin([
      {
        commit: 'one',
        files: {
          'a.env': `AWS_ACCESS_KEY_ID=${allowed} # leakhound:allow\n`,
          'b.env': `AWS_ACCESS_KEY_ID=${ignored}\n`,
          'c.env': `AWS_ACCESS_KEY_ID=${removed}\n`,
          '.gitleaksignore': 'b.env:aws-access-key-id:1\n',
        },
      },
    ]);
    const dir = cloneOf(o);
    const r = runCli(['rewrite', '--repo', dir], { env: o.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 secret(s) removed');
    expect(git(dir, o.env, 'show', 'main:a.env')).toContain(allowed);
    expect(git(dir, o.env, 'show', 'main:b.env')).toContain(ignored);
    expect(git(dir, o.env, 'show', 'main:c.env')).toBe('AWS_ACCESS_KEY_ID=***REMOVED***');
  });

  it('rewrites a binary blob when a finding names it', () => {
    const key = awsKeyId();
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`id=${key}`), Buffer.from([0, 9])]);
    const o = origin([{ commit: 'one', files: { 'logo.bin': binary } }]);
    const dir = cloneOf(o, 'mirror');
    const file = report(dir, 'bin.json', [
      { RuleID: 'aws-access-key-id', Secret: key, File: 'logo.bin', Commit: o.oid('one'), StartLine: 1 },
    ]);
    expect(runCli(['rewrite', '--repo', dir, '--findings', file], { env: o.env }).code).toBe(0);
    const after = execFileSync('git', ['cat-file', 'blob', 'main:logo.bin'], { cwd: dir, env: o.env });
    expect(after).toEqual(
      Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from('id=***REMOVED***'), Buffer.from([0, 9])]),
    );
  });

  it('keeps line numbers when a multi-line secret is removed', () => {
    const body = Array.from({ length: 4 }, () => awsKeyId().repeat(3)).join('\n');
    const o = origin([{ commit: 'one', files: { 'k.txt': `before\n${body}\nafter\n` } }]);
    const dir = cloneOf(o, 'mirror');
    const file = report(dir, 'r.json', [{ ruleId: 'private-key', secret: body, file: 'k.txt', commit: o.oid('one') }]);
    expect(runCli(['rewrite', '--repo', dir, '--findings', file], { env: o.env }).code).toBe(0);
    expect(git(dir, o.env, 'show', 'main:k.txt')).toBe('before\n***REMOVED***\n\n\n\nafter');
  });

  it('passes LFS pointers, submodules and binary blobs through; drops and counts signatures', () => {
    const key = awsKeyId();
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 12\n`;
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`id=${key}`), Buffer.from([0])]);
    const o = origin([
      { commit: 'one', files: { 'a.env': `id=${key}\n`, 'big.bin': pointer, 'logo.bin': binary } },
      { commit: 'two', files: { 'b.txt': 'b\n' } },
    ]);
    const sub = 'c'.repeat(40);
    o.git('update-index', '--add', '--cacheinfo', `160000,${sub},vendor/lib`);
    o.git('commit', '-q', '-m', 'add submodule');
    // A signed commit on top (a gpgsig header; git does not check it when copying).
    const raw = o.git('cat-file', 'commit', 'HEAD');
    const signed = raw.replace(
      /\n\n/,
      '\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n',
    );
    const signedOid = hashCommit(o, `${signed}\n`);
    o.git('update-ref', 'refs/heads/main', signedOid);
    const dir = cloneOf(o, 'mirror');
    const blobBefore = (path: string) => git(dir, o.env, 'rev-parse', `main:${path}`);
    const [ptr, bin] = [blobBefore('big.bin'), blobBefore('logo.bin')];
    const r = runCli(['rewrite', '--repo', dir], { env: o.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('signatures dropped: 1 signed commit(s), 0 signed tag(s)');
    expect(r.stdout).toContain('left alone: 1 binary blob(s) that contain a secret but no finding');
    expect(git(dir, o.env, 'rev-parse', 'main:big.bin')).toBe(ptr);
    expect(git(dir, o.env, 'rev-parse', 'main:logo.bin')).toBe(bin);
    expect(git(dir, o.env, 'ls-tree', 'main', 'vendor/lib')).toBe(`160000 commit ${sub}\tvendor/lib`);
    expect(git(dir, o.env, 'show', 'main:a.env')).toBe('id=***REMOVED***');
    expect(git(dir, o.env, 'cat-file', 'commit', 'main')).not.toContain('gpgsig');
  });
});

function hashCommit(o: GitDir, text: string): string {
  return execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
    cwd: o.dir,
    env: o.env,
    input: text,
    encoding: 'utf8',
  }).trim();
}
