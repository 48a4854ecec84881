import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** One Redis server, or a Redis Cluster: every key the responder uses is cluster-safe (hash tags). */
export type RedisClient = Redis | Cluster;

/**
 * A connection for BullMQ workers and for the ledger: commands wait through a Redis restart
 * instead of failing (BullMQ requires `maxRetriesPerRequest: null` for workers). With cluster
 * nodes, a Cluster client that follows slot moves and failovers.
 */
export function connectRedis(url: string, clusterNodes: string[] = [], extra: RedisOptions = {}): RedisClient {
  const options: RedisOptions = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    ...extra,
  };
  if (clusterNodes.length === 0) return new Redis(url, options);
  const nodes = clusterNodes.map((n) => {
    const [host = '', port = ''] = n.split(/:(?=\d+$)/);
    return { host, port: Number(port) };
  });
  return new Cluster(nodes, {
    redisOptions: { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra },
    clusterRetryStrategy: (times) => Math.min(100 * times, 2000),
    enableReadyCheck: true,
  });
}

/** Resolves with false instead of hanging when Redis does not answer in time. */
export async function ping(redis: RedisClient, timeoutMs = 1000): Promise<boolean> {
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
