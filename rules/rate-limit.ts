// Keeps each provider under its request rate: a token bucket per provider, refilled at the
// provider's rate per minute with a small burst. Callers wait for a token rather than fail,
// so a scan with hundreds of findings slows down instead of getting the scanner's IP blocked.
// Per process: this is the CLI's limiter (one process per run). The responder shares its limits
// across workers through Redis instead (responder/providers/shared-throttle.ts).

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

interface Bucket {
  tokens: number;
  at: number;
  /** Serialises waiters so that tokens are handed out in arrival order. */
  queue: Promise<void>;
}

export function createThrottle(
  ratePerMinute: (providerId: string) => number,
  clock: Clock = realClock,
): (providerId: string) => Promise<void> {
  const buckets = new Map<string, Bucket>();
  return (id) => {
    const rate = Math.max(1, ratePerMinute(id));
    const burst = Math.max(1, Math.floor(rate / 10));
    let b = buckets.get(id);
    if (!b) {
      b = { tokens: burst, at: clock.now(), queue: Promise.resolve() };
      buckets.set(id, b);
    }
    const bucket = b;
    const take = async (): Promise<void> => {
      for (;;) {
        const now = clock.now();
        bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * rate) / 60000);
        bucket.at = now;
        if (bucket.tokens >= 1) {
          bucket.tokens -= 1;
          return;
        }
        await clock.sleep(Math.ceil(((1 - bucket.tokens) * 60000) / rate));
      }
    };
    const turn = bucket.queue.then(take);
    bucket.queue = turn.catch(() => {});
    return turn;
  };
}
