// Every queue, job name and payload, declared once. Producers get the payload types from
// here; processors get them by validating what Redis hands back against the same schemas.
// Payloads carry ids and non-secret identifiers only: never a secret.
import { STEP_IDS } from '../playbook/playbook.js';
import { CONTAINMENT_STEPS, ROTATION_JOBS } from '../providers/registry.js';
import { EMAIL, GITHUB_LOGIN } from '../people/email.js';
import { type Infer, integer, object, oneOf, optional, string } from '../schema.js';

const sha = string(/^[0-9a-f]{40}$/, 'a 40-character commit SHA');
const incidentId = string(/^[0-9a-f]{32}$/, 'a 32-character incident id');

export const repoRef = object({
  fullName: string(/^[\w.-]+\/[\w.-]+$/, 'octo-org/octo-repo'),
  cloneUrl: string(),
  htmlUrl: string(),
  visibility: oneOf('public', 'private', 'internal', 'unknown'),
});
export type RepoRef = Infer<typeof repoRef>;

const incidentOnly = object({ incidentId });
const slackId = string(/^[A-Z0-9]{2,32}$/, 'U012ABCDEF');
const slackTs = string(/^\d{1,12}\.\d{1,9}$/, '1700000000.000100');

/**
 * One generic containment job, `{ incidentId, step }`, run by one handler for every provider.
 * Each step's jobs are named after it (`aws-deactivate`, `stripe-roll`…) so that metrics and
 * job ids say which step they are; the handler checks that name and `step` agree.
 */
const CONTAINMENT_JOBS = [...CONTAINMENT_STEPS.keys(), ...ROTATION_JOBS.keys()];
export const containmentStep = object({ incidentId, step: oneOf(...CONTAINMENT_JOBS) });
const containmentJobs = Object.fromEntries(CONTAINMENT_JOBS.map((id) => [id, containmentStep])) as Record<
  string,
  typeof containmentStep
>;

/**
 * `rotated` is the old "I rotated it" button (still on posted messages): it confirms `rotate` only.
 * `close` opens the review form (the server opens it; the job explains a refusal); `review`
 * closes with the review a responder submitted.
 */
export const SLACK_ACTIONS = [
  'acknowledge',
  'false-positive',
  'false-positive-confirm',
  'used-in-tests',
  'rotated',
  'contain',
  'rotate-retry',
  'done',
  'history-prepare',
  'history-push',
  'history-not-needed',
  'close',
  'review',
] as const;
export type SlackAction = (typeof SLACK_ACTIONS)[number];

export const JOBS = {
  intake: {
    'scan-push': object({
      delivery: string(),
      repo: repoRef,
      before: sha,
      after: sha,
      ref: string(),
      installationId: optional(integer(1)),
      /** The repository's default branch: its policy files, and what a new branch is compared with. */
      defaultBranch: optional(string(/^(?!-)(?!.*\.\.)[\w./-]{1,255}$/, 'main')),
    }),
    'fetch-alert': object({
      delivery: string(),
      repo: repoRef,
      alertNumber: integer(1),
      installationId: optional(integer(1)),
    }),
    /** Parent of a scan-push or fetch-alert job: reads the child's stash. */
    triage: object({
      source: oneOf('push', 'secret-scanning'),
      repo: repoRef,
      installationId: optional(integer(1)),
      /** ISO 8601: when the push reached GitHub, where the exposure window starts. */
      pushedAt: optional(string()),
      /** The GitHub login that pushed (the push payload's sender). */
      pushedBy: optional(string(GITHUB_LOGIN, 'octocat')),
      /** The alert action (`validated:<validity>` for validated) that led here. */
      alertAction: optional(string(/^[a-z_:]{1,60}$/, 'reopened')),
      /** Who pushed (the push payload's pusher and sender), to be told about the leak. */
      pusher: optional(
        object({
          name: optional(string(/^.{1,100}$/, 'Jane Doe')),
          email: optional(string(EMAIL, 'jane@example.com')),
          login: optional(string(GITHUB_LOGIN, 'octocat')),
        }),
      ),
    }),
    'alert-event': object({
      repo: repoRef,
      alertNumber: integer(1),
      action: oneOf('resolved', 'validated', 'publicly_leaked'),
      resolution: optional(string()),
      validity: optional(string()),
      actor: string(),
    }),
  },
  containment: containmentJobs,
  incident: {
    /** Parent of the containment steps: runs when they all succeeded. */
    contained: incidentOnly,
    review: incidentOnly,
    /** Investigation (jobs/investigate.ts): CloudTrail after containment, GitHub after opening, monitoring. */
    'investigate-aws': incidentOnly,
    'investigate-github': incidentOnly,
    'monitor-aws': incidentOnly,
    'slack-action': object({
      incidentId,
      action: oneOf(...SLACK_ACTIONS),
      /** The Slack user; absent only for a web action by the API token holder. */
      user: optional(slackId),
      /** `web`: a form on the incident page (session and CSRF token checked by the server). */
      via: optional(oneOf('slack', 'web')),
      /** The step a `done` button confirms. */
      step: optional(oneOf(...STEP_IDS)),
      /** Why a `history-not-needed` press says the rewrite is not needed. */
      reason: optional(oneOf('private', 'revoked', 'not-pushed')),
      team: optional(slackId),
      channel: optional(slackId),
      messageTs: optional(slackTs),
      actionTs: optional(slackTs),
    }),
  },
  notify: {
    'slack-sync': incidentOnly,
    'slack-alert': object({ text: string() }),
    /** Direct messages to the authors, the pusher and the credential's owners. */
    people: incidentOnly,
    'github-resolve-alert': object({ incidentId, resolution: oneOf('false_positive', 'used_in_tests', 'revoked') }),
  },
} as const;

type Jobs = typeof JOBS;
export type QueueName = keyof Jobs;
export const QUEUE_NAMES = Object.keys(JOBS) as QueueName[];
export type JobName<Q extends QueueName> = keyof Jobs[Q] & string;
export type JobData<Q extends QueueName, N extends JobName<Q>> = Infer<Jobs[Q][N]>;
export type JobMap = { [Q in QueueName]: { [N in JobName<Q>]: JobData<Q, N> } };

/** What a scan-push or fetch-alert job returns to its triage parent. */
export interface StashResult {
  stash: string | null;
  findings: number;
}
