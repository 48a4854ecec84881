// GET /metrics in the Prometheus text format, behind LEAKHOUND_METRICS_TOKEN. Everything comes
// from counters in Redis, so any server reports the whole fleet's numbers at a fixed cost.
import { Hono } from 'hono';
import { STATES } from '../ledger/types.js';
import { EXPOSURE_METRICS } from '../metrics/exposure.js';
import { QUEUE_NAMES } from '../queue/job-map.js';
import type { Services } from '../services.js';
import { requireBearer } from './bearer.js';
import { withinDeadline } from './errors.js';

const JOB_STATES = ['waiting', 'active', 'delayed', 'waiting-children', 'prioritized', 'completed', 'failed'] as const;

export function metricsApp(s: Services): Hono {
  const app = new Hono();
  app.use('/metrics', requireBearer(s.config.metricsToken, 'LEAKHOUND_METRICS_TOKEN', '/metrics'));
  app.get('/metrics', async (c) => {
    const text = await withinDeadline(render(s), 5000, 'collecting metrics');
    return c.body(text, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  return app;
}

async function render(s: Services): Promise<string> {
  const out: string[] = [];
  const metric = (name: string, type: string, help: string): void => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
  };

  metric('leakhound_queue_jobs', 'gauge', 'Jobs in each queue by state.');
  for (const q of QUEUE_NAMES) {
    const counts = await s.producer.queues[q].getJobCounts(...JOB_STATES);
    for (const st of JOB_STATES) out.push(`leakhound_queue_jobs{queue="${q}",state="${st}"} ${counts[st] ?? 0}`);
  }

  const counters = await s.metrics.jobCounters();
  for (const outcome of ['completed', 'failed'] as const) {
    metric(
      `leakhound_jobs_${outcome}_total`,
      'counter',
      `Jobs ${outcome}${outcome === 'failed' ? ' for good (retries exhausted or unrecoverable)' : ''}.`,
    );
    for (const c of counters.filter((x) => x.outcome === outcome)) {
      out.push(`leakhound_jobs_${outcome}_total{queue="${c.queue}",name="${c.name}"} ${c.value}`);
    }
  }

  metric('leakhound_incidents', 'gauge', 'Incidents by state.');
  // Kept by the ledger as incidents change: one read, however many incidents there are.
  const counts = await s.metrics.incidentsByState();
  const byState = new Map<string, number>(STATES.map((st) => [st, Math.max(0, counts[st] ?? 0)]));
  for (const [st, n] of byState) out.push(`leakhound_incidents{state="${st}"} ${n}`);

  const h = await s.metrics.containmentHistogram();
  metric('leakhound_time_to_containment_seconds', 'histogram', 'From incident opened to credential contained.');
  for (const [le, n] of h.buckets) out.push(`leakhound_time_to_containment_seconds_bucket{le="${le}"} ${n}`);
  out.push(`leakhound_time_to_containment_seconds_bucket{le="+Inf"} ${h.count}`);
  out.push(
    `leakhound_time_to_containment_seconds_sum ${h.sum}`,
    `leakhound_time_to_containment_seconds_count ${h.count}`,
  );
  for (const e of EXPOSURE_METRICS) {
    metric(e.name, 'histogram', e.help);
    for (const p of await s.metrics.exposureHistogram(e.id)) {
      for (const [le, n] of p.buckets) out.push(`${e.name}_bucket{provider="${p.provider}",le="${le}"} ${n}`);
      out.push(`${e.name}_bucket{provider="${p.provider}",le="+Inf"} ${p.count}`);
      out.push(
        `${e.name}_sum{provider="${p.provider}"} ${p.sum}`,
        `${e.name}_count{provider="${p.provider}"} ${p.count}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
