// A rate limit shared by every worker: each caller reserves the next free slot in Redis (by
// Redis's own clock, so workers' clocks need not agree) and sleeps until it. Used to keep all
// of leakhound's CloudTrail lookups together within CloudTrail's 2 requests per second per
// account and region, however many workers run investigations at once.
import type { RedisClient } from './connect.js';

/** KEYS: slot key. ARGV: interval ms. → {slot ms, now ms} by the server's clock. */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + 60000)
return {slot, now}
`;

export async function reserveSlot(
  redis: RedisClient,
  key: string,
  intervalMs: number,
): Promise<{ slot: number; now: number }> {
  const [slot, now] = (await redis.eval(RESERVE, 1, key, String(intervalMs))) as [number, number];
  return { slot, now };
}

/** Waits for this caller's slot; `key(name)` names the limit (e.g. one per region). */
export function sharedPacer(
  redis: RedisClient,
  key: (name: string) => string,
  intervalMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): (name: string) => Promise<void> {
  return async (name) => {
    const { slot, now } = await reserveSlot(redis, key(name), intervalMs);
    if (slot > now) await sleep(slot - now);
  };
}
