import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../../test/helpers/redis-server.js';
import { reserveSlot, sharedPacer } from './rate-slot.js';

const available = redisServerAvailable();

describe.skipIf(!available)(
  available ? 'a rate limit shared through Redis' : `rate slots (skipped: ${REDIS_MISSING})`,
  () => {
    let server: RedisServer;
    const clients: Redis[] = [];
    beforeAll(async () => {
      server = await startRedis();
      // Separate connections, as separate workers would have.
      for (let i = 0; i < 3; i++) clients.push(new Redis(server.url));
    });
    afterAll(async () => {
      for (const c of clients) c.disconnect();
      await server?.stop();
    });

    it('hands concurrent callers on different connections slots exactly one interval apart', async () => {
      const got = await Promise.all(Array.from({ length: 9 }, (_, i) => reserveSlot(clients[i % 3]!, 'rate:a', 500)));
      const slots = got.map((g) => g.slot).sort((a, b) => a - b);
      expect(slots.map((s) => s - slots[0]!)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]);
      for (const g of got) expect(g.slot).toBeGreaterThanOrEqual(g.now);
    });

    it('lets a burst go at once, then spaces the rest one interval apart', async () => {
      const got = await Promise.all(
        Array.from({ length: 6 }, (_, i) => reserveSlot(clients[i % 3]!, 'rate:b', 500, 3)),
      );
      const first = Math.min(...got.map((g) => g.now));
      const ahead = got.map((g) => g.slot - g.now).filter((d) => d > 0);
      expect(ahead).toHaveLength(3);
      const slots = got.map((g) => g.slot - first).sort((a, b) => a - b);
      // The first three go at once (their slot is their own time); the rest follow the first by 1, 2, 3 intervals.
      expect(slots.slice(3)).toEqual([500, 1000, 1500]);
    });

    it('keeps separate limits apart, and waits each caller until its slot', async () => {
      const waits: number[] = [];
      const pace = sharedPacer(
        clients[0]!,
        (name) => `rate:${name}`,
        400,
        async (ms) => void waits.push(ms),
      );
      await Promise.all([pace('us-east-1'), pace('us-east-1'), pace('eu-west-1')]);
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(0);
      expect(waits[0]).toBeLessThanOrEqual(400);
      expect(await clients[1]!.pttl('rate:us-east-1')).toBeGreaterThan(0);
    });
  },
);
