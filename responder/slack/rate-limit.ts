// One Slack rate limiter for every worker, kept in Redis: a short window caps the calls per
// second, and a 429's Retry-After pauses everyone. A job that has to wait goes back to the
// delayed set (which costs no attempt), so a burst delays messages instead of failing them.
import { DelayedError } from 'bullmq';
import type { JobContext } from '../queue/context.js';

/**
 * Slack allows about one chat.postMessage per second per channel with short bursts, and more
 * for chat.update; beyond this cap a burst waits here, and whatever Slack still refuses comes
 * back as a 429 whose Retry-After pauses everyone.
 */
const PER_SECOND = 10;
const PAUSE = `local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 1`;

/** Runs a Slack call when the shared limiter allows it; otherwise delays the job and throws DelayedError. */
export async function throttled<T>(ctx: JobContext, call: () => Promise<T>): Promise<T> {
  const { redis, keys } = ctx.s;
  const now = Date.now();
  const pausedUntil = Number((await redis.get(keys.slackPause())) ?? 0);
  if (pausedUntil > now) return delay(ctx, pausedUntil - now);
  const window = keys.slackWindow(Math.floor(now / 1000));
  const [[, used]] = (await redis.multi().incr(window).pexpire(window, 2000).exec()) as [[unknown, number]];
  if (used > PER_SECOND) return delay(ctx, 1000 - (now % 1000));
  try {
    return await call();
  } catch (err) {
    const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
    if (typeof retryAfter !== 'number') throw err;
    const ms = Math.max(1, retryAfter) * 1000;
    await redis.eval(PAUSE, 1, keys.slackPause(), String(Date.now() + ms), String(ms));
    ctx.s.log.warn('Slack rate limit: every worker pauses its Slack calls', { retryAfterSeconds: retryAfter });
    return delay(ctx, ms);
  }
}

async function delay(ctx: JobContext, ms: number): Promise<never> {
  // Jitter, so that the waiting jobs do not all come back in the same millisecond.
  await ctx.job.moveToDelayed(Date.now() + ms + Math.floor(Math.random() * 200), ctx.token);
  throw new DelayedError();
}
