// Everything a Redis holds, as text, to prove a secret is not in it: every key's contents
// read by type, plus the DUMP serialisation of each key.
import type { Redis } from 'ioredis';

export async function everythingInRedis(redis: Redis): Promise<string> {
  const out: string[] = [];
  const keys = await redis.keys('*');
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
