// The responder's provider rate limits, shared by every worker through Redis: each request a
// provider step sends first reserves the provider's next free slot (the CloudTrail pacer's
// mechanism, responder/redis/rate-slot.ts), spaced 60 s / the provider's rate per minute after a
// burst of a tenth of it. Two workers verifying Slack tokens at once therefore keep together to
// Slack's rate, not twice it.
// The CLI, one process per run, keeps its in-process token bucket (rules/rate-limit.ts).
import { ratePerMinuteOf } from '../../rules/providers.js';
import type { ProviderContext } from '../../rules/provider.js';
import type { RedisClient } from '../redis/connect.js';
import type { Keys } from '../redis/keys.js';
import { sharedPacer } from '../redis/rate-slot.js';

export function sharedProviderThrottle(
  redis: RedisClient,
  keys: Pick<Keys, 'rateSlot'>,
  sleep?: (ms: number) => Promise<void>,
): NonNullable<ProviderContext['throttle']> {
  const rate = (name: string) => Math.max(1, ratePerMinuteOf(name));
  return sharedPacer(
    redis,
    (name) => keys.rateSlot(`provider:${name}`),
    (name) => Math.ceil(60_000 / rate(name)),
    sleep,
    // The same small burst as the CLI's token bucket: a tenth of a minute's allowance.
    (name) => Math.max(1, Math.floor(rate(name) / 10)),
  );
}
