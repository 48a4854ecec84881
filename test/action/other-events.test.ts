// The action run as a runner runs it, on pull_request, pull_request_target, schedule and
// workflow_dispatch events.
import { describe, expect, it } from 'vitest';
import type { Step } from '../helpers/gitdir.js';
import { pullRequestPayload, schedulePayload, workflowDispatchPayload } from './payloads.js';
import { checkReports, repo, secrets, setup, where } from './reports.js';
import { bareOrigin, checkout, runAction } from './runner.js';

const [OLD, NEW, SIDE] = secrets(3) as [string, string, string];
setup();

describe('the action on pull requests', () => {
  const many: Step[] = Array.from({ length: 58 }, (_, i) => ({
    commit: `pr commit ${i + 3}`,
    files: { 'notes.md': `note ${i}\n` },
  }));
  const src = repo([
    { commit: 'old secret', files: { 'old.env': `AWS_KEY=${OLD}\n` } },
    { commit: 'base', files: { 'README.md': 'hello\n' } },
    { branch: 'feature' },
    { commit: 'pr commit 1', files: { 'notes.md': 'start\n' } },
    { commit: 'pr commit 2', files: { 'app/config.env': `aws_access_key_id=${NEW}\n` } },
    ...many,
    { checkout: 'main' },
    { commit: 'main moves on', files: { 'CHANGELOG.md': 'v2\n' } },
    { branch: 'pr-merge' },
    { merge: 'feature', message: 'Merge feature into main' },
  ]);
  const origin = bareOrigin(src.dir, src.env, ['main', 'feature', 'pr-merge:refs/pull/7/merge']);
  const payload = pullRequestPayload({
    number: 7,
    base: { sha: src.oid('main moves on'), ref: 'main' },
    head: { sha: src.oid('pr commit 60'), ref: 'feature' },
    commits: 60,
  });

  it.each([
    ['pull_request', 'refs/pull/7/merge', 'Merge feature into main'],
    ['pull_request_target', 'refs/heads/main', 'main moves on'],
  ])('%s scans all 60 commits of the pull request from a depth-1 checkout', async (name, ref, checkedOut) => {
    const ws = checkout(origin, src.env, { sha: src.oid(checkedOut), ref });
    const r = await runAction(ws, src.env, { name, payload });
    expect(r.stdout).toContain('the checkout is shallow: fetching 50 more commits of history');
    expect(r.stdout).toContain(
      `scanning ${name} #7 (feature into main): 60 commits ${src.oid('main moves on').slice(0, 7)}..${src.oid('pr commit 60').slice(0, 7)}`,
    );
    expect(r.code).toBe(1);
    expect(r.errors[0]!.props).toMatchObject({ file: 'app/config.env', line: '1' });
    expect(where(checkReports(r, [NEW, OLD]))).toEqual(['app/config.env:1']);
  });
});

describe('the action on schedule and workflow_dispatch', () => {
  const src = repo([
    { commit: 'old secret', files: { 'old.env': `AWS_KEY=${OLD}\n` } },
    { commit: 'remove it', files: { 'old.env': null } },
    { branch: 'side' },
    { commit: 'side key', files: { 'side/keys.txt': `id ${SIDE}\n` } },
    { checkout: 'main' },
    { commit: 'clean', files: { 'README.md': 'clean\n' } },
  ]);
  const origin = bareOrigin(src.dir, src.env, ['main', 'side']);

  it.each([
    ['schedule', schedulePayload()],
    ['workflow_dispatch', workflowDispatchPayload('refs/heads/main')],
  ])('%s scans the full history of every branch from a depth-1 checkout', async (name, payload) => {
    const ws = checkout(origin, src.env, { sha: src.oid('clean'), ref: 'refs/heads/main' });
    const r = await runAction(ws, src.env, { name, payload });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`scanning ${name} event: full history of all branches and tags`);
    const results = checkReports(r, [OLD, SIDE]);
    expect(where(results)).toEqual(['old.env:1', 'side/keys.txt:1']);
    expect(r.summary).toContain(`<code>${src.oid('side key').slice(0, 7)}</code>`);
  });

  it('refuses scan-mode: diff on a schedule, naming the fix', async () => {
    const ws = checkout(origin, src.env, { sha: src.oid('clean'), ref: 'refs/heads/main' });
    const r = await runAction(ws, src.env, { name: 'schedule', payload: schedulePayload() }, { 'scan-mode': 'diff' });
    expect(r.code).toBe(1);
    expect(r.errors.at(-1)!.message).toMatch(
      /^leakhound: scan-mode diff needs a push, pull_request or merge_group event .* use scan-mode auto or history$/,
    );
  });
});
