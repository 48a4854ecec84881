// The service's configuration, read once from environment variables at start-up. Every
// variable is documented in the README; errors name the variable and show a valid example,
// and never echo a secret's value.
import { parseKnownNetworks } from '../rules/aws/known-networks.js';
import { trustedGitlabHosts } from '../rules/gitlab/hosts.js';
import { ProviderConfigError } from '../rules/provider-http.js';
import { ConfigError } from '../scanner/errors.js';
import {
  clusterNodes,
  int,
  isoDate,
  pageMention,
  prefix,
  responders,
  serverUrl,
  slackId,
  urlTemplate,
} from './config-values.js';
import { parseEncryptionKey } from './crypto/secret-box.js';
import { loadRotationMap, type RotationMap } from './rotation/map.js';
import { defaultWorkDir } from './github/git-cache.js';
import { slackOidc, type SlackOidcConfig } from './slack/oidc-config.js';

export interface ResponderConfig {
  host: string;
  port: number;
  redisUrl: string;
  /** `REDIS_CLUSTER_NODES`: seed nodes (`host:port`) of a Redis Cluster; replaces REDIS_URL. */
  redisClusterNodes: string[];
  /** Namespace for every Redis key; BullMQ's prefix is the hash tag `{prefix}`. */
  prefix: string;
  encryptionKey: Buffer;
  /** Bearer token for `/incidents`; without it those endpoints answer 401. */
  apiToken?: string;
  /** Bearer token for `/metrics`; without it /metrics answers 401. */
  metricsToken?: string;
  bodyLimitBytes: number;
  /** The current secret first; the previous one only while it is valid. */
  webhookSecrets: string[];
  /** Epoch ms after which GITHUB_WEBHOOK_SECRET_PREVIOUS no longer verifies. */
  previousSecretUntil?: number;

  github: {
    apiUrl: string;
    token?: string;
    appId?: string;
    appPrivateKey?: string;
    /** Where repositories are fetched from: `<serverUrl>/<owner>/<repo>.git`. */
    serverUrl: string;
    /** `{owner}`, `{repo}` and `{full_name}` are replaced; overrides serverUrl (mirrors, tests). */
    cloneUrlTemplate?: string;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    channel?: string;
    apiUrl?: string;
    /** Our workspace; a click from another team (a shared channel's other side) is refused. Learned with auth.test when unset. */
    teamId?: string;
    /** `LEAKHOUND_SLACK_RESPONDERS`: user ids (`U…`, `W…`) and user-group ids (`S…`) who may press buttons. */
    responders: string[];
    /** `LEAKHOUND_SLACK_PAGE_MENTION` as Slack writes it (`<!here>`, `<!subteam^S…>`), or '' for none. */
    pageMention: string;
    /** "Sign in with Slack" on the incident pages, when configured. */
    oidc?: SlackOidcConfig;
  };
  aws: {
    region: string;
    endpoint?: string;
    /** STS's own endpoint override (AWS_ENDPOINT_URL_STS), else `endpoint`. */
    stsEndpoint?: string;
    quarantinePolicyArn: string;
    timeoutMs: number;
    /** CloudTrail's own endpoint override (AWS_ENDPOINT_URL_CLOUDTRAIL), else `endpoint`. */
    cloudTrailEndpoint?: string;
    /** Regions whose CloudTrail event history the investigation searches. */
    cloudTrailRegions: string[];
    /** Networks the credentials' legitimate users call from; validated CIDRs. */
    knownCidrs: string[];
  };
  /** Watching a contained AWS key's CloudTrail record afterwards (jobs/monitor-aws.ts). */
  monitor: {
    /** How often the lookup runs; a day by default. */
    intervalMs: number;
    /** How long after containment; 0 turns monitoring off. */
    days: number;
    /** Stop when the incident closes, instead of watching the full period. */
    stopOnClose: boolean;
  };
  /** Verification and containment at the other providers (rules/providers.ts). */
  providers: {
    timeoutMs: number;
    /** First interval of re-verification while a person does a guided step; backs off to hourly. */
    reverifyMs: number;
    stripeAppManagedRoll: boolean;
    /** LEAKHOUND_<PROVIDER>_API_URL overrides, LEAKHOUND_STRIPE_APP_KEY and LEAKHOUND_GITLAB_HOSTS, as given. */
    env: Record<string, string>;
  };
  /** Who gets an automatic replacement (LEAKHOUND_ROTATION_CONFIG) and how to reach Vault. */
  rotation: { map?: RotationMap; vault: { addr?: string; token?: string; namespace?: string } };
  secretTtlSeconds: number;
  /** Volume caps per push: findings triaged, and incidents opened (the rest fold into one). */
  limits: { findingsPerPush: number; incidentsPerPush: number };
  workDir: string;
  /** A baseline report inside each repository (e.g. `.leakhound-baseline.json`) that triage honours. */
  baselinePath?: string;
  worker: {
    concurrency: number;
    attempts: number;
    backoffMs: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
    shutdownTimeoutMs: number;
  };
}

export type Role = 'serve' | 'worker';

const QUARANTINE_POLICY = 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3';

export function loadResponderConfig(env: NodeJS.ProcessEnv, role: Role): ResponderConfig {
  const read = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const webhookSecrets = [read('GITHUB_WEBHOOK_SECRET'), read('GITHUB_WEBHOOK_SECRET_PREVIOUS')].filter(
    (s): s is string => s !== undefined,
  );
  if (role === 'serve' && !read('GITHUB_WEBHOOK_SECRET')) {
    throw new ConfigError(
      'GITHUB_WEBHOOK_SECRET is not set: `leakhound serve` verifies every webhook with it. Set it to the secret configured on the GitHub webhook, e.g. GITHUB_WEBHOOK_SECRET=$(openssl rand -hex 32)',
    );
  }
  const previousUntil = read('GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL');
  if (read('GITHUB_WEBHOOK_SECRET_PREVIOUS') && !previousUntil) {
    throw new ConfigError(
      'GITHUB_WEBHOOK_SECRET_PREVIOUS is set without GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: say when the rotation ends, e.g. GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL=2026-12-31T00:00:00Z',
    );
  }
  const previousSecretUntil = previousUntil === undefined ? undefined : isoDate(previousUntil);
  const redisUrl = read('REDIS_URL') ?? 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\//i.test(redisUrl)) {
    throw new ConfigError(
      `REDIS_URL: expected a redis:// or rediss:// URL, e.g. REDIS_URL=redis://127.0.0.1:6379 (got scheme ${redisUrl.split(':')[0]})`,
    );
  }
  const logLevel = read('LEAKHOUND_LOG_LEVEL');
  if (logLevel !== undefined && !['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError(
      `LEAKHOUND_LOG_LEVEL=${logLevel}: expected debug, info, warn or error, e.g. LEAKHOUND_LOG_LEVEL=info`,
    );
  }
  if (read('SLACK_BOT_TOKEN') && !read('SLACK_CHANNEL')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set without SLACK_CHANNEL: incidents need a channel to go to, e.g. SLACK_CHANNEL=C0123ABCD (the channel id)',
    );
  }
  try {
    trustedGitlabHosts(env);
  } catch (err) {
    if (err instanceof ProviderConfigError) throw new ConfigError(err.message);
    throw err;
  }
  const appId = read('GITHUB_APP_ID');
  const appPrivateKey = read('GITHUB_APP_PRIVATE_KEY')?.replace(/\\n/g, '\n');
  if ((appId === undefined) !== (appPrivateKey === undefined)) {
    throw new ConfigError(
      'GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY go together: set both (a GitHub App) or neither (GITHUB_TOKEN)',
    );
  }
  return {
    host: read('HOST') ?? '0.0.0.0',
    port: int(env, 'PORT', 3000, 0, 65535),
    redisUrl,
    redisClusterNodes: clusterNodes(read('REDIS_CLUSTER_NODES'), read('REDIS_URL')),
    prefix: prefix(read('LEAKHOUND_REDIS_PREFIX') ?? 'leakhound'),
    encryptionKey: parseEncryptionKey(read('LEAKHOUND_ENCRYPTION_KEY')),
    apiToken: read('LEAKHOUND_API_TOKEN'),
    metricsToken: read('LEAKHOUND_METRICS_TOKEN'),
    bodyLimitBytes: int(env, 'LEAKHOUND_WEBHOOK_BODY_LIMIT', 25 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    webhookSecrets,
    previousSecretUntil,
    github: {
      apiUrl: (read('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
      token: read('GITHUB_TOKEN'),
      appId,
      appPrivateKey,
      serverUrl: serverUrl(read('GITHUB_SERVER_URL') ?? 'https://github.com'),
      cloneUrlTemplate: urlTemplate(read('LEAKHOUND_GIT_URL_TEMPLATE')),
    },
    slack: {
      botToken: read('SLACK_BOT_TOKEN'),
      signingSecret: read('SLACK_SIGNING_SECRET'),
      channel: read('SLACK_CHANNEL'),
      apiUrl: read('SLACK_API_URL'),
      teamId: slackId(read('SLACK_TEAM_ID'), 'SLACK_TEAM_ID', /^[TE][A-Z0-9]{2,}$/, 'T0123ABCD'),
      responders: responders(read('LEAKHOUND_SLACK_RESPONDERS')),
      pageMention: pageMention(read('LEAKHOUND_SLACK_PAGE_MENTION')),
      oidc: slackOidc(read, slackId(read('SLACK_TEAM_ID'), 'SLACK_TEAM_ID', /^[TE][A-Z0-9]{2,}$/, 'T0123ABCD')),
    },
    aws: {
      region: read('AWS_REGION') ?? read('AWS_DEFAULT_REGION') ?? 'us-east-1',
      endpoint: read('AWS_ENDPOINT_URL'),
      stsEndpoint: read('AWS_ENDPOINT_URL_STS') ?? read('AWS_ENDPOINT_URL'),
      quarantinePolicyArn: read('LEAKHOUND_AWS_QUARANTINE_POLICY_ARN') ?? QUARANTINE_POLICY,
      timeoutMs: int(env, 'LEAKHOUND_AWS_TIMEOUT_MS', 10_000, 100, 120_000),
      cloudTrailEndpoint: read('AWS_ENDPOINT_URL_CLOUDTRAIL') ?? read('AWS_ENDPOINT_URL'),
      cloudTrailRegions: regions(
        read('LEAKHOUND_CLOUDTRAIL_REGIONS'),
        read('AWS_REGION') ?? read('AWS_DEFAULT_REGION'),
      ),
      knownCidrs: knownCidrs(read('LEAKHOUND_KNOWN_CIDRS')),
    },
    monitor: {
      intervalMs: int(env, 'LEAKHOUND_MONITOR_INTERVAL_MS', 86_400_000, 100, 7 * 86_400_000),
      days: int(env, 'LEAKHOUND_MONITOR_DAYS', 30, 0, 365),
      stopOnClose: /^(?:1|true|yes)$/i.test(read('LEAKHOUND_MONITOR_STOP_ON_CLOSE') ?? ''),
    },
    rotation: rotation(read),
    limits: {
      findingsPerPush: int(env, 'LEAKHOUND_MAX_FINDINGS_PER_PUSH', 1000, 1, 1_000_000),
      incidentsPerPush: int(env, 'LEAKHOUND_MAX_INCIDENTS_PER_PUSH', 20, 1, 10_000),
    },
    providers: {
      timeoutMs: int(env, 'LEAKHOUND_VERIFY_TIMEOUT_MS', 10_000, 100, 120_000),
      reverifyMs: int(env, 'LEAKHOUND_REVERIFY_INTERVAL_MS', 60_000, 50, 3_600_000),
      stripeAppManagedRoll: /^(?:1|true|yes)$/i.test(read('LEAKHOUND_STRIPE_APP_MANAGED_ROLL') ?? ''),
      env: Object.fromEntries(
        Object.entries(env).filter(
          (e): e is [string, string] =>
            typeof e[1] === 'string' &&
            e[1] !== '' &&
            /^LEAKHOUND_(?:[A-Z0-9_]+_API_URL|STRIPE_APP_KEY|GITLAB_HOSTS)$/.test(e[0]),
        ),
      ),
    },
    secretTtlSeconds: int(env, 'LEAKHOUND_SECRET_TTL_SECONDS', 7 * 24 * 3600, 60, 90 * 24 * 3600),
    workDir: read('LEAKHOUND_WORK_DIR') ?? defaultWorkDir(env),
    baselinePath: read('LEAKHOUND_BASELINE_PATH'),
    worker: {
      concurrency: int(env, 'LEAKHOUND_WORKER_CONCURRENCY', 4, 1, 256),
      attempts: int(env, 'LEAKHOUND_JOB_ATTEMPTS', 6, 1, 50),
      backoffMs: int(env, 'LEAKHOUND_JOB_BACKOFF_MS', 2000, 10, 3_600_000),
      lockDurationMs: int(env, 'LEAKHOUND_JOB_LOCK_MS', 30_000, 500, 600_000),
      stalledIntervalMs: int(env, 'LEAKHOUND_STALLED_INTERVAL_MS', 30_000, 500, 600_000),
      shutdownTimeoutMs: int(env, 'LEAKHOUND_SHUTDOWN_TIMEOUT_MS', 25_000, 0, 600_000),
    },
  };
}

/** Things that work but lose something, said once at start-up. */
export function startupWarnings(c: ResponderConfig, role: Role): string[] {
  const out: string[] = [];
  if (role === 'worker' && !c.github.token && !c.github.appId) {
    out.push(
      'neither GITHUB_TOKEN nor GITHUB_APP_ID/GITHUB_APP_PRIVATE_KEY is set: secret scanning alerts cannot be fetched and private repositories cannot be read',
    );
  }
  return out;
}

function rotation(read: (name: string) => string | undefined): ResponderConfig['rotation'] {
  const file = read('LEAKHOUND_ROTATION_CONFIG');
  const map = file ? loadRotationMap(file) : undefined;
  const vault = {
    addr: read('VAULT_ADDR')?.replace(/\/+$/, ''),
    token: read('VAULT_TOKEN'),
    namespace: read('VAULT_NAMESPACE'),
  };
  const vaultEntry = map?.entries.findIndex((e) => e.store === 'vault') ?? -1;
  if (vaultEntry >= 0 && (!vault.addr || !vault.token)) {
    throw new ConfigError(
      `${file}: rotation[${vaultEntry + 1}] writes to Vault, but ${vault.addr ? 'VAULT_TOKEN' : 'VAULT_ADDR'} is not set: set VAULT_ADDR (e.g. https://vault.internal:8200) and VAULT_TOKEN`,
    );
  }
  if (vault.addr && !/^https?:\/\/[^\s/]+/.test(vault.addr)) {
    throw new ConfigError(`VAULT_ADDR=${vault.addr}: expected a URL, e.g. VAULT_ADDR=https://vault.internal:8200`);
  }
  return { map, vault };
}

/** Default: the responder's region and us-east-1, where IAM and STS's global endpoint log. */
function regions(list: string | undefined, region: string | undefined): string[] {
  const names = list ? list.split(/[\s,]+/).filter(Boolean) : [region ?? 'us-east-1', 'us-east-1'];
  const bad = names.find((r) => !/^[a-z]{2}(?:-[a-z]+)+-\d$/.test(r));
  if (bad !== undefined) {
    throw new ConfigError(
      `LEAKHOUND_CLOUDTRAIL_REGIONS: ${bad.slice(0, 40)} is not an AWS region name; expected a comma-separated list, e.g. LEAKHOUND_CLOUDTRAIL_REGIONS=us-east-1,eu-west-1`,
    );
  }
  return [...new Set(names)];
}

function knownCidrs(text: string | undefined): string[] {
  try {
    return parseKnownNetworks(text).cidrs;
  } catch (err) {
    throw new ConfigError(
      `LEAKHOUND_KNOWN_CIDRS: ${(err as Error).message}; expected a comma-separated list, e.g. LEAKHOUND_KNOWN_CIDRS=203.0.113.0/24,2001:db8::/32`,
    );
  }
}
