// Real GitHub webhook payloads (@octokit/webhooks-examples), pointed at test repositories and
// signed with the test secret.
import { createRequire } from 'node:module';
import { Webhooks } from '@octokit/webhooks';

const require = createRequire(import.meta.url);
type Example = Record<string, unknown> & { repository: Record<string, unknown> };
const dotcom = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Example[];
}[];
// github.com's list has no secret_scanning_alert example; GHES 3.5's is the same event.
const ghes = require('@octokit/webhooks-examples/ghes-35/index.json') as { name: string; examples: Example[] }[];

function example(list: typeof dotcom, name: string, pick: (e: Example) => boolean): Example {
  const e = list.find((x) => x.name === name)?.examples.find(pick);
  if (!e) throw new Error(`@octokit/webhooks-examples has no ${name} example`);
  return structuredClone(e);
}

export interface TestRepo {
  fullName: string;
  private?: boolean;
}

function pointAt(e: Example, repo: TestRepo): Example {
  const [owner = '', name = ''] = repo.fullName.split('/');
  Object.assign(e.repository, {
    name,
    full_name: repo.fullName,
    html_url: `https://github.com/${repo.fullName}`,
    clone_url: `https://github.com/${repo.fullName}.git`,
    private: repo.private ?? false,
    visibility: repo.private ? 'private' : 'public',
    default_branch: 'main',
  });
  (e.repository.owner as Record<string, unknown>).login = owner;
  return e;
}

export function pushPayload(repo: TestRepo, range: { before: string; after: string }, branch = 'main'): Example {
  const e = pointAt(
    example(dotcom, 'push', (x) => String(x.ref).startsWith('refs/heads/') && x.installation !== undefined),
    repo,
  );
  Object.assign(e, {
    ref: `refs/heads/${branch}`,
    before: range.before,
    after: range.after,
    created: /^0+$/.test(range.before),
    deleted: false,
  });
  // A real push payload's repository.pushed_at is the push's own time (Unix seconds).
  (e.repository as { pushed_at?: number }).pushed_at = Math.floor(Date.now() / 1000);
  return e;
}

export function alertPayload(
  repo: TestRepo,
  action: string,
  alert: { number: number; secret_type?: string; resolution?: string },
): Example {
  const e = pointAt(
    example(ghes, 'secret_scanning_alert', () => true),
    repo,
  );
  Object.assign(e, { action });
  Object.assign(e.alert as object, alert);
  return e;
}

export async function signGitHub(secret: string, body: string): Promise<string> {
  return new Webhooks({ secret }).sign(body);
}

/** Headers and body GitHub would send for this event. */
export async function githubDelivery(
  secret: string,
  event: string,
  payload: unknown,
  delivery: string,
): Promise<{ headers: Record<string, string>; body: string }> {
  const body = JSON.stringify(payload);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': await signGitHub(secret, body),
      'user-agent': 'GitHub-Hookshot/test',
    },
  };
}
