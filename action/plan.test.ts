import { describe, expect, it } from 'vitest';
import { parseEvent, type GitHubEvent } from './event.js';
import { planScan } from './plan.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);
const push = (over: Partial<Extract<GitHubEvent, { kind: 'push' }>> = {}): GitHubEvent => ({
  kind: 'push',
  ref: 'refs/heads/feature',
  before: A,
  after: B,
  forced: false,
  commits: [],
  defaultBranch: 'main',
  ...over,
});

describe('planScan', () => {
  it.each([
    ['a push', push(), { kind: 'range', base: A, head: B, label: 'push to feature', fallbackBranch: 'main' }],
    ['a force push', push({ forced: true }), { kind: 'range', label: 'force push to feature' }],
    [
      'a new branch',
      push({ before: Z }),
      { kind: 'new-ref', head: B, defaultBranch: 'main', label: 'new branch feature' },
    ],
    ['a new tag', push({ before: Z, ref: 'refs/tags/v1' }), { kind: 'new-ref', label: 'new tag v1' }],
    ['a deletion', push({ after: Z }), { kind: 'nothing', why: 'push deleted feature' }],
    ['a push that moved nothing', push({ after: A }), { kind: 'nothing' }],
    ['a schedule', { kind: 'full', event: 'schedule' } as const, { kind: 'history', why: 'schedule event' }],
  ])('plans %s', (_name, event, expected) => {
    expect(planScan(event, 'auto')).toMatchObject(expected);
  });

  it('plans a pull request as base..head, falling back to the base branch', () => {
    const event = parseEvent('pull_request_target', {
      number: 3,
      pull_request: { number: 3, base: { sha: A, ref: 'main' }, head: { sha: B, ref: 'fix' } },
    });
    expect(planScan(event, 'auto')).toEqual({
      kind: 'range',
      base: A,
      head: B,
      label: 'pull_request_target #3 (fix into main)',
      fallbackBranch: 'main',
      ref: 'refs/heads/fix',
    });
  });

  it('scans the full history for any event with scan-mode history', () => {
    expect(planScan(push(), 'history')).toMatchObject({ kind: 'history' });
  });

  it('refuses scan-mode diff for an event without a range', () => {
    expect(() => planScan({ kind: 'full', event: 'workflow_dispatch' }, 'diff')).toThrow(
      /triggered by workflow_dispatch; use scan-mode auto or history/,
    );
  });
});

describe('parseEvent', () => {
  it.each([
    ['push', {}, /repository is missing|ref is missing/],
    [
      'push',
      { ref: 'refs/heads/x', before: 'nope', after: B, repository: { default_branch: 'main' } },
      /before "nope" is not a commit id/,
    ],
    ['pull_request', { pull_request: { base: { sha: A, ref: 'main' } } }, /pull_request.head is missing/],
  ])('rejects a malformed %s payload with the field it lacks', (name, payload, message) => {
    expect(() => parseEvent(name, payload)).toThrow(message);
  });
});
