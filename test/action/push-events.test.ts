// The action run as a runner runs it, on push events: ordinary, clean, empty, backwards,
// deleted, new branch, first push, force push with and without the old tip on origin.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZERO_SHA, deletePayload, pushPayload } from './payloads.js';
import { checkReports, repo, secrets, setup, where } from './reports.js';
import { bareOrigin, checkout, pushTo, runAction } from './runner.js';

const [OLD, NEW] = secrets(2) as [string, string];
setup();

describe('the action on push', () => {
  const src = repo([
    { commit: 'old secret', files: { 'old.env': `AWS_KEY=${OLD}\n` } },
    { commit: 'base', files: { 'README.md': 'hello\n' } },
    { commit: 'add key', files: { 'app/config.env': `region=eu\naws_access_key_id=${NEW}\n` } },
    { commit: 'docs', files: { 'README.md': 'hello again\n' } },
  ]);
  const origin = bareOrigin(src.dir, src.env, ['main']);

  it.each([
    ['a depth-1', 1],
    ['a full', 0],
  ])(
    'scans before..after only from %s checkout, annotates the line, summarises, and fails the step',
    async (_kind, depth) => {
      const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main', depth });
      const payload = pushPayload({
        ref: 'refs/heads/main',
        before: src.oid('base'),
        after: src.oid('docs'),
        commits: [src.oid('add key'), src.oid('docs')],
      });
      const r = await runAction(ws, src.env, { name: 'push', payload });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `scanning push to main: 2 commits ${src.oid('base').slice(0, 7)}..${src.oid('docs').slice(0, 7)}`,
      );
      expect(r.outputs.findings).toBe('1');
      const [annotation, failure] = r.errors;
      expect(annotation!.props).toMatchObject({
        title: 'leakhound: aws-access-key-id',
        file: 'app/config.env',
        line: '2',
        endLine: '2',
        col: '19',
      });
      expect(annotation!.message).toContain('Secret: REDACTED');
      expect(annotation!.message).toContain(`${src.oid('add key')}:app/config.env:aws-access-key-id:2`);
      expect(failure!.message).toBe(
        `leakhound: 1 finding in push to main: 2 commits ${src.oid('base').slice(0, 7)}..${src.oid('docs').slice(0, 7)}`,
      );
      expect(r.summary).toContain('## leakhound: 1 finding');
      expect(r.summary).toContain(`**Scanned:** push to main: 2 commits`);
      expect(r.summary).toContain(
        `<a href="https://github.com/octo-org/octo-repo/blob/${src.oid('add key')}/app/config.env#L2">app/config.env:2</a>`,
      );
      expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:2']);
    },
  );

  it('still reports but passes with fail-on-findings: false', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: src.oid('base'), after: src.oid('docs') });
    const r = await runAction(ws, src.env, { name: 'push', payload }, { 'fail-on-findings': 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('1');
    expect(r.errors).toHaveLength(1);
    expect(r.stdout).toContain('1 finding (fail-on-findings is false)');
    checkReports(r, [NEW]);
  });

  it('passes a clean push even though older history has a secret', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: src.oid('add key'), after: src.oid('docs') });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.errors).toEqual([]);
    expect(r.summary).toContain('## leakhound: no findings');
    expect(checkReports(r, [NEW, OLD])).toEqual([]);
  });

  it('scans nothing and passes when the push moved no commits', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: src.oid('docs'), after: src.oid('docs') });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `scanning push to main moved no commits (${src.oid('docs').slice(0, 7)}): nothing to scan`,
    );
    expect(r.outputs.findings).toBe('0');
    expect(checkReports(r, [])).toEqual([]);
  });

  it('scans nothing when a push moves a branch back to an older commit', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('base'), ref: 'refs/heads/main' });
    const payload = pushPayload({
      ref: 'refs/heads/main',
      before: src.oid('docs'),
      after: src.oid('base'),
      forced: true,
    });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('force push to main: no new commits');
  });

  it('scans nothing for a deleted ref, with the payload exactly as GitHub sent it', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const r = await runAction(ws, src.env, { name: 'push', payload: deletePayload() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('scanning push deleted simple-tag: nothing to scan');
    checkReports(r, []);
  });

  it('suppresses what the baseline input lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lh-baseline-'));
    writeFileSync(
      join(dir, 'baseline.json'),
      JSON.stringify([{ ruleId: 'aws-access-key-id', file: 'app/config.env', secret: NEW }]),
    );
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: src.oid('base'), after: src.oid('docs') });
    const r = await runAction(ws, src.env, { name: 'push', payload }, { baseline: join(dir, 'baseline.json') });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.summary).toContain('1 finding suppressed by .gitleaksignore or the baseline');
  });

  it('scans the full history with scan-mode: history', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('docs'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: src.oid('base'), after: src.oid('docs') });
    const r = await runAction(
      ws,
      src.env,
      { name: 'push', payload },
      { 'scan-mode': 'history', 'sarif-file': 'reports/secrets.sarif' },
    );
    expect(r.code).toBe(1);
    expect(r.outputs['sarif-file']).toBe(join(ws.dir, 'reports/secrets.sarif'));
    expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:2', 'old.env:1']);
  });
});

describe('the action on a new branch', () => {
  const src = repo([
    { commit: 'old secret', files: { 'old.env': `AWS_KEY=${OLD}\n` } },
    { commit: 'base', files: { 'README.md': 'hello\n' } },
    { branch: 'feature' },
    { commit: 'feature key', files: { 'app/config.env': `aws_access_key_id=${NEW}\n` } },
    { commit: 'feature docs', files: { 'README.md': 'feature\n' } },
    { checkout: 'main' },
    { commit: 'main moves on', files: { 'CHANGELOG.md': 'v2\n' } },
    { branch: 'empty-branch' },
  ]);
  const origin = bareOrigin(src.dir, src.env, ['main', 'feature', 'empty-branch']);

  it('scans only the commits that are not on the default branch', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('feature docs'), ref: 'refs/heads/feature' });
    const payload = pushPayload({ ref: 'refs/heads/feature', before: ZERO_SHA, after: src.oid('feature docs') });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `scanning new branch feature: the commits not on main: 2 commits main ${src.oid('main moves on').slice(0, 7)}..`,
    );
    expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:1']);
  });

  it('scans nothing for a new branch with no commits of its own', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('main moves on'), ref: 'refs/heads/empty-branch' });
    const payload = pushPayload({ ref: 'refs/heads/empty-branch', before: ZERO_SHA, after: src.oid('main moves on') });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('new branch empty-branch: the commits not on main: no new commits');
    expect(checkReports(r, [])).toEqual([]);
  });

  it('scans the whole history on the first push of the default branch', async () => {
    const first = bareOrigin(src.dir, src.env, ['main']);
    const ws = checkout(first, src.env, { sha: src.oid('main moves on'), ref: 'refs/heads/main' });
    const payload = pushPayload({ ref: 'refs/heads/main', before: ZERO_SHA, after: src.oid('main moves on') });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('scanning new branch main: 3 commits reachable from');
    expect(where(checkReports(r, [OLD]))).toEqual(['old.env:1']);
  });
});

describe('the action on a force push', () => {
  const src = repo([
    { commit: 'base', files: { 'README.md': 'hello\n' } },
    { branch: 'old-feature' },
    { commit: 'old work', files: { 'old.env': `AWS_KEY=${OLD}\n` } },
    { checkout: 'main' },
    { branch: 'feature' },
    { commit: 'new work', files: { 'app/config.env': `aws_access_key_id=${NEW}\n` } },
    { commit: 'new docs', files: { 'README.md': 'rewritten\n' } },
  ]);

  it('scans what the push introduced when the old tip is gone from origin', async () => {
    // origin never had "old work": as when GitHub has collected the commits a force push dropped.
    const origin = bareOrigin(src.dir, src.env, ['main', 'feature']);
    const ws = checkout(origin, src.env, { sha: src.oid('new docs'), ref: 'refs/heads/feature' });
    const payload = pushPayload({
      ref: 'refs/heads/feature',
      before: src.oid('old work'),
      after: src.oid('new docs'),
      forced: true,
    });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.stdout).toContain(
      `force push to feature: the previous commit ${src.oid('old work').slice(0, 7)} is no longer on origin`,
    );
    expect(r.stdout).toContain('scanning force push to feature: the commits not on main: 2 commits');
    expect(r.code).toBe(1);
    expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:1']);
  });

  it('scans after --not before when origin still has the old tip', async () => {
    const origin = bareOrigin(src.dir, src.env, ['main', 'old-feature:feature']);
    pushTo(src.dir, origin, src.env, ['feature:feature']);
    const ws = checkout(origin, src.env, { sha: src.oid('new docs'), ref: 'refs/heads/feature' });
    const payload = pushPayload({
      ref: 'refs/heads/feature',
      before: src.oid('old work'),
      after: src.oid('new docs'),
      forced: true,
    });
    const r = await runAction(ws, src.env, { name: 'push', payload });
    expect(r.stdout).toContain(
      `scanning force push to feature: 2 commits ${src.oid('old work').slice(0, 7)}..${src.oid('new docs').slice(0, 7)}`,
    );
    expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:1']);
  });
});
