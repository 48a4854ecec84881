// Two limiter instances on separate Redis connections, as two workers would have, share one
// provider's rate: between them they get its burst at once and then one slot per interval.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_MISSING, redisServerAvailable, startRedis, type RedisServer } from '../../test/helpers/redis-server.js';
import { keys } from '../redis/keys.js';
import { sharedProviderThrottle } from './shared-throttle.js';

const available = redisServerAvailable();

describe.skipIf(!available)(
  available ? 'provider rate limits shared by workers through Redis' : `shared throttle (skipped: ${REDIS_MISSING})`,
  () => {
    let server: RedisServer;
    const conns: Redis[] = [];
    beforeAll(async () => {
      server = await startRedis();
      for (let i = 0; i < 2; i++) conns.push(new Redis(server.url));
    });
    afterAll(async () => {
      for (const c of conns) c.disconnect();
      await server?.stop();
    });

    /** Two workers' throttles; each records how long it was told to wait instead of sleeping. */
    function workers(prefix: string) {
      const waits: number[][] = [[], []];
      const throttles = conns.map((c, i) =>
        sharedProviderThrottle(c, keys(prefix), async (ms) => void waits[i]!.push(ms)),
      );
      return { throttles, waits };
    }

    it("spaces GitHub's credential revocations a minute apart across both workers", async () => {
      const { throttles, waits } = workers('t1');
      // 1 request a minute, burst 1: of four calls, one goes at once and the others wait 1, 2, 3 minutes.
      await Promise.all([0, 1, 0, 1].map((w) => throttles[w]!('github/credentials-revoke')));
      const all = waits.flat().sort((a, b) => a - b);
      expect(all).toHaveLength(3);
      expect(waits[0]!.length + waits[1]!.length).toBe(3);
      expect(Math.min(waits[0]!.length, waits[1]!.length)).toBeGreaterThanOrEqual(1);
      all.forEach((ms, i) => {
        expect(ms).toBeGreaterThan((i + 1) * 60_000 - 30_000);
        expect(ms).toBeLessThanOrEqual((i + 1) * 60_000);
      });
    });

    it("gives both workers together one provider's burst, then makes them wait", async () => {
      const { throttles, waits } = workers('t2');
      // Slack: 50 a minute, so a burst of 5 and then one slot every 1.2 s for everyone.
      await Promise.all(Array.from({ length: 8 }, (_, i) => throttles[i % 2]!('slack')));
      const all = waits.flat();
      expect(all).toHaveLength(3);
      for (const ms of all) expect(ms).toBeLessThanOrEqual(3 * 1200);
      expect(Math.max(...all)).toBeGreaterThan(2 * 1200);
    });

    it('keeps providers and deployments (prefixes) apart', async () => {
      const a = workers('t3');
      const b = workers('t4');
      await Promise.all([
        a.throttles[0]!('github/credentials-revoke'),
        a.throttles[1]!('vercel'),
        b.throttles[1]!('github/credentials-revoke'),
      ]);
      expect([...a.waits.flat(), ...b.waits.flat()]).toEqual([]);
      expect(await conns[0]!.pttl(keys('t3').rateSlot('provider:github/credentials-revoke'))).toBeGreaterThan(60_000);
    });
  },
);
