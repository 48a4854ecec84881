// Which deliveries were already taken in. The delivery id is not covered by the signature, so a
// captured body replayed under a new id is recognised by its digest too. A delivery whose jobs
// failed is not a duplicate: GitHub's "Redeliver" must run it again, so its failed jobs (whose
// content-derived ids would otherwise make re-adding a no-op) are removed first.
import { createHash } from 'node:crypto';
import type { QueueName } from '../queue/job-map.js';
import type { Services } from '../services.js';

const TTL_SECONDS = 7 * 24 * 3600;

export interface JobRef {
  queue: QueueName;
  id: string;
}

export function bodyDigest(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** 'new', 'duplicate', or 'retry' (seen, but some of its jobs failed: they were removed). */
export async function checkDelivery(
  s: Services,
  delivery: string,
  digest: string,
): Promise<'new' | 'duplicate' | 'retry'> {
  // Two slots on a cluster: two reads, not one MGET.
  const [byId, byDigest] = await Promise.all([
    s.redis.get(s.keys.delivery(delivery)),
    s.redis.get(s.keys.delivery(`sha256:${digest}`)),
  ]);
  const seen = byId ?? byDigest ?? null;
  if (seen === null) return 'new';
  const jobs = parseJobs(seen);
  const states = await Promise.all(jobs.map(async (j) => (await s.producer.queues[j.queue].getJob(j.id))?.getState()));
  if (!states.includes('failed')) return 'duplicate';
  // Parents first: removing a parent removes its children with it.
  for (const j of jobs) {
    await s.producer.queues[j.queue].remove(j.id, { removeChildren: true }).catch(() => 0);
  }
  return 'retry';
}

export async function recordDelivery(
  s: Services,
  delivery: string,
  digest: string,
  event: string,
  jobs: JobRef[],
): Promise<void> {
  const value = JSON.stringify({ event, jobs });
  await Promise.all([
    s.redis.set(s.keys.delivery(delivery), value, 'EX', TTL_SECONDS),
    s.redis.set(s.keys.delivery(`sha256:${digest}`), value, 'EX', TTL_SECONDS),
  ]);
}

function parseJobs(value: string): JobRef[] {
  try {
    const v = JSON.parse(value) as { jobs?: JobRef[] };
    return Array.isArray(v.jobs) ? v.jobs : [];
  } catch {
    return [];
  }
}
