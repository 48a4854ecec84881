// The parts of a workflow's triggering event that decide what to scan, read from the JSON
// payload the runner writes to GITHUB_EVENT_PATH. Payloads are untyped data: every field is
// checked here, once, so the planner works on plain values.
import { readFile } from 'node:fs/promises';
import { InputError } from '../scanner/errors.js';

export type GitHubEvent =
  | {
      kind: 'push';
      ref: string;
      before: string;
      after: string;
      forced: boolean;
      /** Ids of the pushed commits, oldest first (GitHub lists at most 2048). */
      commits: string[];
      defaultBranch: string;
    }
  | {
      kind: 'pull_request';
      event: string;
      number: number;
      base: { sha: string; ref: string };
      head: { sha: string; ref: string };
    }
  | { kind: 'merge_group'; base: string; head: string; ref: string }
  | { kind: 'full'; event: string };

const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

export async function readEvent(name: string, path: string | undefined): Promise<GitHubEvent> {
  if (!path) throw new InputError('GITHUB_EVENT_PATH is not set: run the action from a GitHub Actions workflow');
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(
      `cannot read the event payload ${path} (${(err as NodeJS.ErrnoException).code ?? 'invalid JSON'})`,
    );
  }
  return parseEvent(name, payload);
}

export function parseEvent(name: string, payload: unknown): GitHubEvent {
  const p = obj(payload, 'the event payload');
  switch (name) {
    case 'push':
      return {
        kind: 'push',
        ref: str(p.ref, 'ref'),
        before: sha(p.before, 'before'),
        after: sha(p.after, 'after'),
        forced: p.forced === true,
        commits: Array.isArray(p.commits)
          ? p.commits.map((c, i) => sha(obj(c, `commits[${i}]`).id, `commits[${i}].id`))
          : [],
        defaultBranch: str(obj(p.repository, 'repository').default_branch, 'repository.default_branch'),
      };
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(p.pull_request, 'pull_request');
      const side = (v: unknown, field: string) => {
        const s = obj(v, `pull_request.${field}`);
        return { sha: sha(s.sha, `pull_request.${field}.sha`), ref: str(s.ref, `pull_request.${field}.ref`) };
      };
      const number = typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : 0;
      return { kind: 'pull_request', event: name, number, base: side(pr.base, 'base'), head: side(pr.head, 'head') };
    }
    case 'merge_group': {
      const g = obj(p.merge_group, 'merge_group');
      return {
        kind: 'merge_group',
        base: sha(g.base_sha, 'merge_group.base_sha'),
        head: sha(g.head_sha, 'merge_group.head_sha'),
        ref: str(g.head_ref, 'merge_group.head_ref'),
      };
    }
    default:
      return { kind: 'full', event: name };
  }
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new InputError(`event payload: ${what} is missing or not an object`);
  return v as Record<string, unknown>;
}

function str(v: unknown, field: string): string {
  if (typeof v !== 'string' || v === '') throw new InputError(`event payload: ${field} is missing or not a string`);
  return v;
}

function sha(v: unknown, field: string): string {
  const s = str(v, field).toLowerCase();
  if (!SHA.test(s)) throw new InputError(`event payload: ${field} ${JSON.stringify(s)} is not a commit id`);
  return s;
}
