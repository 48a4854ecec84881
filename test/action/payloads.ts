// Real webhook payloads (@octokit/webhooks-examples) with their commit ids, refs and numbers
// replaced by those of a local test repository.
import { examplePayload } from './runner.js';

export const ZERO_SHA = '0'.repeat(40);

export function pushPayload(o: {
  ref: string;
  before: string;
  after: string;
  forced?: boolean;
  commits?: string[];
  defaultBranch?: string;
}): Record<string, any> {
  const p = examplePayload('push', (e) => e.ref === 'refs/heads/master' && (e.commits as unknown[]).length > 0);
  const template = p.commits[0];
  const defaultBranch = o.defaultBranch ?? 'main';
  p.ref = o.ref;
  p.before = o.before;
  p.after = o.after;
  p.created = o.before === ZERO_SHA;
  p.deleted = o.after === ZERO_SHA;
  p.forced = o.forced ?? false;
  p.compare = `https://github.com/octo-org/octo-repo/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`;
  p.commits = (o.commits ?? []).map((id) => ({
    ...template,
    id,
    url: `https://github.com/octo-org/octo-repo/commit/${id}`,
  }));
  p.head_commit = p.commits.at(-1) ?? null;
  p.repository.default_branch = defaultBranch;
  p.repository.master_branch = defaultBranch;
  return p;
}

/** A tag deletion exactly as GitHub sent it (after is all zeros). */
export function deletePayload(): Record<string, any> {
  return examplePayload('push', (e) => e.deleted === true);
}

export function pullRequestPayload(o: {
  number: number;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
  commits: number;
}): Record<string, any> {
  const p = examplePayload('pull_request', (e) => e.action === 'synchronize');
  p.number = o.number;
  p.before = o.head.sha;
  p.after = o.head.sha;
  Object.assign(p.pull_request, { number: o.number, commits: o.commits });
  Object.assign(p.pull_request.base, { sha: o.base.sha, ref: o.base.ref, label: `octo-org:${o.base.ref}` });
  Object.assign(p.pull_request.head, { sha: o.head.sha, ref: o.head.ref, label: `octo-org:${o.head.ref}` });
  return p;
}

export function workflowDispatchPayload(ref: string): Record<string, any> {
  const p = examplePayload('workflow_dispatch');
  p.ref = ref;
  return p;
}

/** The examples have no schedule payload; this is what GitHub puts in github.event for one. */
export function schedulePayload(): Record<string, unknown> {
  return { schedule: '30 5 * * 1' };
}
