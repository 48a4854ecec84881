import type { Job } from 'bullmq';
import type { Scrubber } from '../crypto/scrub.js';
import type { Services } from '../services.js';
import type { JobData, JobName, QueueName } from './job-map.js';

/** What a handler gets besides its validated payload. */
export interface JobContext {
  job: Job;
  /** The worker's lock token for this job (for moveToDelayed). */
  token: string | undefined;
  /** Knows every secret this job has read; errors and timeline text go through it. */
  scrubber: Scrubber;
  s: Services;
}

export type Handler<Q extends QueueName, N extends JobName<Q>> = (
  data: JobData<Q, N>,
  ctx: JobContext,
) => Promise<unknown>;
export type Handlers<Q extends QueueName> = { [N in JobName<Q>]: Handler<Q, N> };
