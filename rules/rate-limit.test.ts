import { describe, expect, it } from 'vitest';
import { createThrottle } from './rate-limit.js';

describe('per-provider throttle', () => {
  it('lets a small burst through, then spaces calls to the provider rate, per provider', async () => {
    let t = 0;
    const clock = {
      now: () => t,
      sleep: async (ms: number) => {
        t += ms;
      },
    };
    const throttle = createThrottle((id) => (id === 'slow' ? 60 : 6000), clock);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      await throttle('slow');
      times.push(t);
    }
    // 60 a minute with a burst of 6: the first calls are free, none waits less than the rate.
    expect(times[0]).toBe(0);
    const before = t;
    await throttle('fast');
    expect(t).toBe(before);
    for (let i = 0; i < 10; i++) await throttle('slow');
    expect(t).toBeGreaterThanOrEqual(((14 - 6) * 60000) / 60 - 1000);
  });
});
