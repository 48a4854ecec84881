import { Redis, type RedisOptions } from 'ioredis';

/**
 * A connection for BullMQ workers and for the ledger: commands wait through a Redis restart
 * instead of failing (BullMQ requires `maxRetriesPerRequest: null` for workers).
 */
export function connectRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    ...extra,
  });
}

/** Resolves with false instead of hanging when Redis does not answer in time. */
export async function ping(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([redis.ping().then((r) => r === 'PONG'), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
