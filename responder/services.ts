// Everything a process of the service talks to, built once from the configuration and passed
// explicitly to handlers. Tests replace single members (a Slack poster, AWS clients).
import type { RedisClient } from './redis/connect.js';
import type { ResponderConfig } from './config.js';
import { SecretBox } from './crypto/secret-box.js';
import { Ledger } from './ledger/ledger.js';
import { createLogger, type Logger } from './log.js';
import { MetricsStore } from './metrics/store.js';
import { awsClients, type AwsClients } from './providers/aws-clients.js';
import { Producer } from './queue/producer.js';
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
  log: Logger;
}

export type ServiceOverrides = Partial<Pick<Services, 'slack' | 'aws' | 'log'>>;

export function createServices(config: ResponderConfig, component: string, overrides: ServiceOverrides = {}): Services {
  const redis = connectRedis(config.redisUrl, config.redisClusterNodes);
  const k = keys(config.prefix);
  const box = new SecretBox(config.encryptionKey);
  const log = overrides.log ?? createLogger(component);
  redis.on('error', (err: Error) => log.warn('redis connection error', { error: err.message }));
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
    aws: overrides.aws ?? awsClients(config.aws),
    log,
  };
}

export async function closeServices(s: Services): Promise<void> {
  await s.producer.close();
  s.aws.destroy();
  await s.redis.quit().catch(() => s.redis.disconnect());
}
