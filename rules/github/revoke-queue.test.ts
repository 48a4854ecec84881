import { describe, expect, it } from 'vitest';
import type { Clock } from '../rate-limit.js';
import { MAX_PER_REQUEST, REQUEST_SPACING_MS, RevocationQueue } from './revoke-queue.js';

/** A clock whose sleeps advance time at once, recording when each request went out. */
function fakeClock(): Clock & { t: number } {
  const c = {
    t: 0,
    now: () => c.t,
    sleep: async (ms: number) => {
      c.t += ms;
    },
  };
  return c;
}

describe('GitHub revocation queue', () => {
  it('sends credentials that arrive within the gathering window as one request', async () => {
    const clock = fakeClock();
    const sent: string[][] = [];
    const q = new RevocationQueue(async (c) => (sent.push(c), { outcome: 'done', detail: 'accepted' }), 2000, clock);
    const results = await Promise.all(['ghp_a', 'ghp_b', 'ghp_a', 'ghp_c'].map((s) => q.revoke(s)));
    expect(sent).toEqual([['ghp_a', 'ghp_b', 'ghp_c']]);
    expect(results.every((r) => r.outcome === 'done')).toBe(true);
  });

  it('splits more than 1000 credentials and spaces requests a minute apart (60 an hour)', async () => {
    const clock = fakeClock();
    const at: number[] = [];
    const sizes: number[] = [];
    const q = new RevocationQueue(
      async (c) => (at.push(clock.now()), sizes.push(c.length), { outcome: 'done', detail: 'accepted' }),
      0,
      clock,
    );
    await Promise.all(Array.from({ length: MAX_PER_REQUEST + 5 }, (_, i) => q.revoke(`ghp_${i}`)));
    expect(sizes).toEqual([MAX_PER_REQUEST, 5]);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(REQUEST_SPACING_MS);
    // A later revocation still waits for the spacing after the last request.
    await q.revoke('ghp_late');
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(REQUEST_SPACING_MS);
  });

  it('tells every caller in a failed batch to retry, without losing later ones', async () => {
    const clock = fakeClock();
    let calls = 0;
    const q = new RevocationQueue(
      async () => {
        if (++calls === 1) throw new Error('boom');
        return { outcome: 'done', detail: 'accepted' };
      },
      0,
      clock,
    );
    expect(await q.revoke('ghp_x')).toMatchObject({ outcome: 'retry' });
    expect(await q.revoke('ghp_y')).toMatchObject({ outcome: 'done' });
  });
});
