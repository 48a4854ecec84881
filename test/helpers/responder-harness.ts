// The responder wired to real parts for end-to-end tests: a real Redis, moto (with the STS
// stand-in in front of it for STS, which refuses deactivated keys as AWS does), the GitHub and
// Slack stand-ins, the HTTP server on a loopback port and in-process workers. Each harness
// uses its own Redis key prefix, so tests in one file share a Redis without seeing each other.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadResponderConfig, type ResponderConfig } from '../../responder/config.js';
import { createLogger } from '../../responder/log.js';
import { startServer, type ServerHandle } from '../../responder/server.js';
import { startWorkers, type WorkersHandle } from '../../responder/worker.js';
import { startCloudTrailStandIn } from './cloudtrail-standin.js';
import { startGitHubStandIn, type GitHubStandIn } from './github-standin.js';
import { githubDelivery } from './github-payloads.js';
import { motoIam, motoKeyStatus } from './aws-fixtures.js';
import { MOTO_ENV } from './moto-server.js';
import { startStsStandIn, type StsStandIn } from './sts-standin.js';
import { startSlackStandIn, type SlackStandIn } from './slack-standin.js';

export interface HarnessOptions {
  redisUrl: string;
  motoUrl?: string;
  /** Directory holding `<owner>/<repo>.git` bare repositories. */
  repoRoot?: string;
  /** In-process workers to start (default 1). */
  workers?: number;
  env?: Record<string, string>;
}

export interface Harness {
  env: Record<string, string>;
  config: ResponderConfig;
  slack: SlackStandIn;
  github: GitHubStandIn;
  /** STS (with moto): checks the secrets of keys in its table; others go to moto unless IAM says Inactive. */
  sts?: StsStandIn;
  server: ServerHandle;
  workers: WorkersHandle[];
  /** Every log line the in-process server and workers wrote. */
  logs: string[];
  baseUrl: string;
  deliver(event: string, payload: unknown, delivery?: string): Promise<Response>;
  api<T = unknown>(path: string): Promise<T>;
  startWorker(): Promise<WorkersHandle>;
  close(): Promise<void>;
}

const hex = (n: number): string => randomBytes(n).toString('hex');

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  Object.assign(process.env, MOTO_ENV);
  const workDir = mkdtempSync(join(tmpdir(), 'leakhound-work-'));
  const slackToken = `test-bot-${hex(8)}`;
  const githubToken = `test-gh-${hex(8)}`;
  const slack = await startSlackStandIn(slackToken);
  const github = await startGitHubStandIn(githubToken, opts.repoRoot);
  // moto has no CloudTrail event history: an empty stand-in answers unless the test brings its own.
  const cloudTrail = opts.env?.AWS_ENDPOINT_URL_CLOUDTRAIL ? undefined : await startCloudTrailStandIn([]);
  // moto accepts requests signed with an Inactive key: STS goes through the stand-in, which
  // reads each key's status from moto's IAM, so "revocation verified" means what it does in AWS.
  const sts = opts.motoUrl
    ? await startStsStandIn({ forwardTo: opts.motoUrl, statusFrom: motoKeyStatus(motoIam(opts.motoUrl)) })
    : undefined;
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    PORT: '0',
    REDIS_URL: opts.redisUrl,
    LEAKHOUND_REDIS_PREFIX: `t${hex(4)}`,
    LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LEAKHOUND_API_TOKEN: `api-${hex(12)}`,
    LEAKHOUND_METRICS_TOKEN: `metrics-${hex(12)}`,
    GITHUB_WEBHOOK_SECRET: hex(16),
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: githubToken,
    SLACK_BOT_TOKEN: slackToken,
    SLACK_SIGNING_SECRET: hex(16),
    SLACK_CHANNEL: 'C0SECURITY',
    SLACK_API_URL: slack.apiUrl,
    LEAKHOUND_SLACK_RESPONDERS: 'U0SECOPS',
    LEAKHOUND_WORK_DIR: workDir,
    LEAKHOUND_JOB_ATTEMPTS: '4',
    LEAKHOUND_JOB_BACKOFF_MS: '100',
    LEAKHOUND_JOB_LOCK_MS: '3000',
    LEAKHOUND_STALLED_INTERVAL_MS: '1000',
    LEAKHOUND_SHUTDOWN_TIMEOUT_MS: '5000',
    LEAKHOUND_AWS_TIMEOUT_MS: '5000',
    ...MOTO_ENV,
    ...(opts.motoUrl ? { AWS_ENDPOINT_URL: opts.motoUrl } : {}),
    ...(cloudTrail ? { AWS_ENDPOINT_URL_CLOUDTRAIL: cloudTrail.url } : {}),
    ...(sts ? { AWS_ENDPOINT_URL_STS: sts.url } : {}),
    ...(opts.repoRoot ? { LEAKHOUND_GIT_URL_TEMPLATE: `file://${opts.repoRoot}/{owner}/{repo}.git` } : {}),
    ...opts.env,
  };
  const logs: string[] = [];
  const log = (component: string) => createLogger(component, { level: 'debug', write: (l) => void logs.push(l) });
  const config = loadResponderConfig(env, 'worker');
  const server = await startServer(loadResponderConfig(env, 'serve'), { log: log('serve') });
  const workers: WorkersHandle[] = [];
  const startWorker = async (): Promise<WorkersHandle> => {
    const w = await startWorkers(config, { log: log('worker') });
    workers.push(w);
    return w;
  };
  for (let i = 0; i < (opts.workers ?? 1); i++) await startWorker();
  const baseUrl = `http://127.0.0.1:${server.port}`;
  return {
    env,
    config,
    slack,
    github,
    ...(sts ? { sts } : {}),
    server,
    workers,
    logs,
    baseUrl,
    async deliver(event, payload, delivery = `${hex(8)}-${hex(4)}`) {
      const d = await githubDelivery(env.GITHUB_WEBHOOK_SECRET!, event, payload, delivery);
      return fetch(`${baseUrl}/webhooks/github`, { method: 'POST', headers: d.headers, body: d.body });
    },
    async api<T>(path: string) {
      const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${env.LEAKHOUND_API_TOKEN}` } });
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (res.headers.get('content-type')?.includes('json') ? res.json() : res.text()) as Promise<T>;
    },
    startWorker,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await server.close();
      await slack.close();
      await github.close();
      await cloudTrail?.close();
      await sts?.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
