// Counters and the time-to-containment histogram live in Redis, not in process memory:
// any number of workers add to them and whichever server is scraped reports the sum.
import type { RedisClient } from '../redis/connect.js';
import type { Keys } from '../redis/keys.js';
import { EXPOSURE_BUCKETS, type ExposureMetric } from './exposure.js';

/** Upper bounds in seconds, Prometheus-style (`+Inf` is implied). */
export const CONTAINMENT_BUCKETS = [1, 2, 5, 10, 30, 60, 300, 900, 3600, 14_400, 86_400];

export class MetricsStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly keys: Keys,
  ) {}

  async jobFinished(queue: string, name: string, outcome: 'completed' | 'failed'): Promise<void> {
    await this.redis.hincrby(this.keys.jobCounters(), `${outcome}|${queue}|${name}`, 1);
  }

  async observeContainment(seconds: number): Promise<void> {
    const m = this.redis.multi();
    const key = this.keys.containmentHistogram();
    for (const le of CONTAINMENT_BUCKETS) if (seconds <= le) m.hincrby(key, `le|${le}`, 1);
    m.hincrby(key, 'count', 1).hincrbyfloat(key, 'sum', seconds);
    await m.exec();
  }

  async observeExposure(metric: ExposureMetric, provider: string, seconds: number): Promise<void> {
    const m = this.redis.multi();
    const key = this.keys.exposureHistogram(metric);
    for (const le of EXPOSURE_BUCKETS) if (seconds <= le) m.hincrby(key, `${provider}|le|${le}`, 1);
    m.hincrby(key, `${provider}|count`, 1).hincrbyfloat(key, `${provider}|sum`, seconds);
    await m.exec();
  }

  /** Per provider: cumulative bucket counts, count and sum. */
  async exposureHistogram(
    metric: ExposureMetric,
  ): Promise<{ provider: string; buckets: [number, number][]; count: number; sum: number }[]> {
    const h = await this.redis.hgetall(this.keys.exposureHistogram(metric));
    const providers = [...new Set(Object.keys(h).map((k) => k.split('|')[0]!))].sort();
    return providers.map((p) => ({
      provider: p,
      buckets: EXPOSURE_BUCKETS.map((le) => [le, Number(h[`${p}|le|${le}`] ?? 0)]),
      count: Number(h[`${p}|count`] ?? 0),
      sum: Number(h[`${p}|sum`] ?? 0),
    }));
  }

  async incidentsByState(): Promise<Record<string, number>> {
    let h = await this.redis.hgetall(this.keys.incidentCounts());
    if (Object.keys(h).length === 0 && (await this.redis.zcard(this.keys.incidentIndex())) > 0) {
      await this.recount();
      h = await this.redis.hgetall(this.keys.incidentCounts());
    }
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)]));
  }

  /**
   * Once, for a ledger written before the counters existed: counts every incident's state.
   * HSETNX, so a count another process started meanwhile is not overwritten.
   */
  private async recount(): Promise<void> {
    const ids = await this.redis.zrange(this.keys.incidentIndex(), '0', '-1');
    const counts = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 500) {
      const states = await Promise.all(
        ids.slice(i, i + 500).map((id) => this.redis.hget(this.keys.incident(id), 'state')),
      );
      for (const st of states) if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
    }
    for (const [st, n] of counts) await this.redis.hsetnx(this.keys.incidentCounts(), st, n);
  }

  async jobCounters(): Promise<{ outcome: string; queue: string; name: string; value: number }[]> {
    const h = await this.redis.hgetall(this.keys.jobCounters());
    return Object.entries(h).map(([k, v]) => {
      const [outcome = '', queue = '', name = ''] = k.split('|');
      return { outcome, queue, name, value: Number(v) };
    });
  }

  async containmentHistogram(): Promise<{ buckets: [number, number][]; count: number; sum: number }> {
    const h = await this.redis.hgetall(this.keys.containmentHistogram());
    return {
      buckets: CONTAINMENT_BUCKETS.map((le) => [le, Number(h[`le|${le}`] ?? 0)]),
      count: Number(h.count ?? 0),
      sum: Number(h.sum ?? 0),
    };
  }
}
