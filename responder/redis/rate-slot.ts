// A rate limit shared by every worker: each caller reserves the next free slot in Redis (by
// Redis's own clock, so workers' clocks need not agree) and sleeps until it. Used to keep all
// of leakhound's CloudTrail lookups together within CloudTrail's 2 requests per second per
// account and region, however many workers run investigations at once.
import type { RedisClient } from './connect.js';

/**
 * KEYS: slot key. ARGV: interval ms, burst. → {slot ms, now ms} by the server's clock.
 * The key holds the theoretical arrival time of the next request (GCRA): a caller may go up to
 * `burst - 1` intervals ahead of it, so a limit allows short bursts and then one per interval.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2] or '1')
local tat = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local slot = math.max(now, tat - (burst - 1) * interval)
redis.call('SET', KEYS[1], tat + interval, 'PX', tat + interval - now + 60000)
return {slot, now}
`;

export async function reserveSlot(
  redis: RedisClient,
  key: string,
  intervalMs: number,
  burst = 1,
): Promise<{ slot: number; now: number }> {
  const [slot, now] = (await redis.eval(RESERVE, 1, key, String(intervalMs), String(burst))) as [number, number];
  return { slot, now };
}

/**
 * Waits for this caller's slot; `key(name)` names the limit (e.g. one per region), and
 * `intervalMs` is the spacing of every limit or, as a function, of each one (providers differ);
 * `burst(name)` how many may go at once before the spacing applies.
 */
export function sharedPacer(
  redis: RedisClient,
  key: (name: string) => string,
  intervalMs: number | ((name: string) => number),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  burst: (name: string) => number = () => 1,
): (name: string) => Promise<void> {
  return async (name) => {
    const interval = typeof intervalMs === 'number' ? intervalMs : intervalMs(name);
    const { slot, now } = await reserveSlot(redis, key(name), interval, burst(name));
    if (slot > now) await sleep(slot - now);
  };
}
