// Everything a process of the service talks to, built once from the configuration and passed
// explicitly to handlers. Tests replace single members (a Slack poster, AWS clients).
import type { RedisClient } from './redis/connect.js';
import type { ResponderConfig } from './config.js';
import { SecretBox } from './crypto/secret-box.js';
import { Ledger } from './ledger/ledger.js';
import { createLogger, type Logger } from './log.js';
import { MetricsStore } from './metrics/store.js';
import type { ProviderContext } from '../rules/provider.js';
import { awsClients, type AwsClients } from './providers/aws-clients.js';
import { sharedProviderThrottle } from './providers/shared-throttle.js';
import { Producer } from './queue/producer.js';
import { RotationClients } from './rotation/context.js';
import { connectRedis } from './redis/connect.js';
import { keys, type Keys } from './redis/keys.js';
import { slackPoster, type SlackPoster } from './slack/client.js';
import { SecretStore } from './store/secret-store.js';

export interface Services {
  config: ResponderConfig;
  redis: RedisClient;
  keys: Keys;
  box: SecretBox;
  ledger: Ledger;
  secrets: SecretStore;
  producer: Producer;
  metrics: MetricsStore;
  slack: SlackPoster | null;
  aws: AwsClients;
  /** The secret stores rotation writes replacements to (Vault, Secrets Manager), connected on first use. */
  rotation: RotationClients;
  /** What provider steps reach the network with: fetch, overrides, deadline, throttle, AWS clients. */
  providers: ProviderContext;
  log: Logger;
}

export type ServiceOverrides = Partial<Pick<Services, 'slack' | 'aws' | 'log'>> & {
  /** Replaces the global fetch that providers use (tests). */
  fetch?: ProviderContext['fetch'];
};

export function createServices(config: ResponderConfig, component: string, overrides: ServiceOverrides = {}): Services {
  const redis = connectRedis(config.redisUrl, config.redisClusterNodes);
  const k = keys(config.prefix);
  const box = new SecretBox(config.encryptionKey);
  const log = overrides.log ?? createLogger(component);
  redis.on('error', (err: Error) => log.warn('redis connection error', { error: err.message }));
  const aws = overrides.aws ?? awsClients(config.aws);
  return {
    config,
    redis,
    keys: k,
    box,
    ledger: new Ledger(redis, k),
    secrets: new SecretStore(redis, k, box, config.secretTtlSeconds),
    producer: new Producer(
      redis,
      config.prefix,
      { attempts: config.worker.attempts, backoffMs: config.worker.backoffMs },
      (err) => log.warn('queue connection error', { error: err.message }),
    ),
    metrics: new MetricsStore(redis, k),
    slack: overrides.slack !== undefined ? overrides.slack : slackPoster(config.slack),
    aws,
    rotation: new RotationClients(config),
    providers: {
      fetch: overrides.fetch ?? ((url, init) => fetch(url, init)),
      // The GitHub and Slack the service is configured for (GHES, or stand-ins in tests) are
      // where their leaked tokens are checked, unless an explicit provider override says otherwise.
      env: {
        LEAKHOUND_GITHUB_API_URL: config.github.apiUrl,
        ...(config.slack.apiUrl ? { LEAKHOUND_SLACK_API_URL: config.slack.apiUrl } : {}),
        ...config.providers.env,
      },
      timeoutMs: config.providers.timeoutMs,
      throttle: sharedProviderThrottle(redis, k),
      options: {
        'aws.quarantinePolicyArn': config.aws.quarantinePolicyArn,
        'aws.timeoutMs': config.aws.timeoutMs,
        'stripe.appManagedRoll': config.providers.stripeAppManagedRoll,
      },
      aws,
    },
    log,
  };
}

export async function closeServices(s: Services): Promise<void> {
  await s.producer.close();
  s.aws.destroy();
  s.rotation.destroy();
  await s.redis.quit().catch(() => s.redis.disconnect());
}
