// Everything a Redis holds, as text, to prove a secret is not in it: every key's contents
// read by type, plus the DUMP serialisation of each key (on every master of a cluster).
import { Cluster, type Redis } from 'ioredis';
import type { RedisClient } from '../../responder/redis/connect.js';

export async function everythingInRedis(redis: RedisClient): Promise<string> {
  const out: string[] = [];
  const nodes: Redis[] = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const keys = (await Promise.all(nodes.map((n) => n.keys('*')))).flat();
  for (const key of keys) {
    out.push(key);
    const type = await redis.type(key);
    if (type === 'string') out.push((await redis.get(key)) ?? '');
    else if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') out.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
    else if (type === 'stream') out.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    const dump = await redis.dumpBuffer(key);
    if (dump) out.push(dump.toString('latin1'));
  }
  return out.join('\n');
}
