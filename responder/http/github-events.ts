// GitHub events to jobs, with handlers typed by event name (@octokit/webhooks). Each handler
// validates the few fields it needs (a malformed body is a 400) and enqueues; the work
// happens in workers.
import { Webhooks, type EmitterWebhookEvent } from '@octokit/webhooks';
import type { RepoRef } from '../queue/job-map.js';
import { jobId, type FlowNode, type Producer } from '../queue/producer.js';
import { boolean, integer, object, optional, parse, string, type Schema } from '../schema.js';
import { ZERO_SHA } from '../github/fetch-push.js';
import type { JobRef } from './deliveries.js';
import { EMAIL, GITHUB_LOGIN, type Pusher } from '../people/email.js';
import { withoutControl } from '../review/review.js';

export interface Outcome {
  status: 'queued' | 'ignored';
  reason?: string;
  /** Every job the delivery enqueued, parents first. */
  jobs?: JobRef[];
}

function flowJobs(node: FlowNode): JobRef[] {
  return [{ queue: node.queue, id: node.jobId }, ...(node.children ?? []).flatMap(flowJobs)];
}

const repository = object({
  // No `..`, no leading `-` or `.`: the name becomes part of a fetch URL (see github/repo-url.ts).
  full_name: string(/^(?!.*\.\.)(?![-.])[\w.-]{1,100}\/(?![-.])[\w.-]{1,100}$/, 'octo-org/octo-repo'),
  clone_url: string(),
  html_url: string(),
  private: optional(boolean),
  visibility: optional(string()),
  default_branch: optional(string(/^(?!-)(?!.*\.\.)[\w./-]{1,255}$/, 'main')),
});
const pushSchema = object({
  ref: string(),
  before: string(/^[0-9a-f]{40}$/, 'a 40-character SHA'),
  after: string(/^[0-9a-f]{40}$/, 'a 40-character SHA'),
  deleted: optional(boolean),
  repository,
  installation: optional(object({ id: integer(1) })),
  pusher: optional(object({ name: optional(string()) })),
  sender: optional(object({ login: string() })),
});
const alertSchema = object({
  action: string(),
  alert: object({ number: integer(1), resolution: optional(string()), validity: optional(string()) }),
  repository,
  installation: optional(object({ id: integer(1) })),
  sender: optional(object({ login: string() })),
});

function repoRef(r: ReturnType<typeof repository>): RepoRef {
  const v = r.visibility;
  const visibility =
    v === 'public' || v === 'private' || v === 'internal'
      ? v
      : r.private === undefined
        ? 'unknown'
        : r.private
          ? 'private'
          : 'public';
  return { fullName: r.full_name, cloneUrl: r.clone_url, htmlUrl: r.html_url, visibility };
}

/** A push payload's `repository.pushed_at` is Unix seconds; without it, now is within seconds of the push. */
function pushedAt(payload: unknown): string {
  const at = (payload as { repository?: { pushed_at?: unknown } }).repository?.pushed_at;
  const ms = typeof at === 'number' && Number.isFinite(at) && at > 0 ? at * 1000 : Date.now();
  return new Date(Math.min(ms, Date.now())).toISOString();
}

/** Who pushed, when it looks like a GitHub login (the payload is the only place that says). */
function pushedBy(login: string | undefined): { pushedBy?: string } {
  return login && GITHUB_LOGIN.test(login) ? { pushedBy: login } : {};
}

/** Who pushed, for the notifications; a malformed pusher is dropped, never a reason to refuse the push. */
function pusherOf(payload: unknown): Pusher | undefined {
  const p = payload as { pusher?: { name?: unknown; email?: unknown }; sender?: { login?: unknown } };
  const name =
    typeof p.pusher?.name === 'string' ? withoutControl(p.pusher.name).trim().slice(0, 100) || undefined : undefined;
  const email = typeof p.pusher?.email === 'string' && EMAIL.test(p.pusher.email) ? p.pusher.email : undefined;
  const login = typeof p.sender?.login === 'string' && GITHUB_LOGIN.test(p.sender.login) ? p.sender.login : undefined;
  if (!name && !email && !login) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(login ? { login } : {}) };
}

function action(p: { action: string; alert?: { validity?: unknown } }): string {
  return p.action === 'validated' ? `validated:${String(p.alert?.validity ?? 'unknown')}` : p.action;
}

function check<T>(schema: Schema<T>, e: EmitterWebhookEvent): T {
  return parse(schema, e.payload, 'payload');
}

/** One Webhooks instance per process: handlers report their outcome through the map. */
export function githubEvents(
  producer: Producer,
): (delivery: string, name: string, payload: unknown) => Promise<Outcome> {
  const outcomes = new Map<string, Outcome>();
  // The secret is unused here: signatures are verified before the body is parsed.
  const webhooks = new Webhooks({ secret: 'verified-upstream' });

  webhooks.on('push', async (e) => {
    const p = check(pushSchema, e);
    if (p.deleted || p.after === ZERO_SHA)
      return void outcomes.set(e.id, { status: 'ignored', reason: 'branch deleted' });
    const repo = repoRef(p.repository);
    const data = {
      delivery: e.id,
      repo,
      before: p.before,
      after: p.after,
      ref: p.ref,
      installationId: p.installation?.id,
      defaultBranch: p.repository.default_branch,
    };
    const key = [repo.fullName, p.before, p.after];
    const flow: FlowNode = {
      queue: 'intake',
      name: 'triage',
      data: {
        source: 'push',
        repo,
        installationId: p.installation?.id,
        pushedAt: pushedAt(e.payload),
        ...pushedBy(p.sender?.login ?? p.pusher?.name),
        pusher: pusherOf(e.payload),
      },
      jobId: jobId('triage', ...key),
      children: [{ queue: 'intake', name: 'scan-push', data, jobId: jobId('scan-push', ...key) }],
    };
    await producer.addFlow(flow);
    outcomes.set(e.id, { status: 'queued', jobs: flowJobs(flow) });
  });

  /** triage ← fetch-alert: opens or updates the incident for the alert. */
  const openFlow = (
    e: { id: string; payload: { action: string; alert?: { validity?: unknown } } },
    repo: RepoRef,
    number: number,
    installationId?: number,
  ): FlowNode => {
    const key = [repo.fullName, number, e.id];
    return {
      queue: 'intake',
      name: 'triage',
      data: { source: 'secret-scanning', repo, installationId, alertAction: action(e.payload) },
      jobId: jobId('triage', ...key),
      children: [
        {
          queue: 'intake',
          name: 'fetch-alert',
          data: { delivery: e.id, repo, alertNumber: number, installationId },
          jobId: jobId('fetch-alert', ...key),
        },
      ],
    };
  };

  webhooks.on(['secret_scanning_alert.created', 'secret_scanning_alert.reopened'], async (e) => {
    const p = check(alertSchema, e);
    const flow = openFlow(e, repoRef(p.repository), p.alert.number, p.installation?.id);
    await producer.addFlow(flow);
    outcomes.set(e.id, { status: 'queued', jobs: flowJobs(flow) });
  });

  // Resolved only updates an incident we have; validated and publicly_leaked first open or
  // update it (we may have missed `created`), then apply the event: alert-event ← triage ← fetch-alert.
  webhooks.on(
    ['secret_scanning_alert.resolved', 'secret_scanning_alert.validated', 'secret_scanning_alert.publicly_leaked'],
    async (e) => {
      const p = check(alertSchema, e);
      const repo = repoRef(p.repository);
      const action = e.payload.action;
      const event: FlowNode = {
        queue: 'intake',
        name: 'alert-event',
        data: {
          repo,
          alertNumber: p.alert.number,
          action,
          resolution: p.alert.resolution,
          validity: p.alert.validity,
          actor: p.sender?.login ?? 'unknown',
        },
        jobId: jobId('alert-event', repo.fullName, p.alert.number, e.id),
      };
      if (action !== 'resolved') event.children = [openFlow(e, repo, p.alert.number, p.installation?.id)];
      await producer.addFlow(event);
      outcomes.set(e.id, { status: 'queued', jobs: flowJobs(event) });
    },
  );

  return async (delivery, name, payload) => {
    try {
      await webhooks.receive({ id: delivery, name, payload } as EmitterWebhookEvent);
    } catch (err) {
      // @octokit/webhooks wraps handler errors; rethrow the first so onError maps it once.
      const inner = (err as AggregateError).errors?.[0];
      throw inner instanceof Error ? inner : err;
    }
    const outcome = outcomes.get(delivery) ?? { status: 'ignored', reason: `event ${name} is not handled` };
    outcomes.delete(delivery);
    return outcome;
  };
}
