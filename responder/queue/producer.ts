// The one place jobs are added. Job ids are hashes of what makes the work unique (a push's
// range, an incident id, a fingerprint), so adding the same work twice is a no-op in BullMQ.
import { createHash } from 'node:crypto';
import { FlowProducer, Queue, type FlowJob, type JobsOptions } from 'bullmq';
import type { RedisClient } from '../redis/connect.js';
import { bullPrefix } from '../redis/keys.js';
import { QUEUE_NAMES, type JobData, type JobName, type QueueName } from './job-map.js';

export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** `<name>-<sha256 of the parts>`: BullMQ ids may not contain ':' and must not be integers. */
export function jobId(name: string, ...parts: (string | number)[]): string {
  return `${name}-${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 40)}`;
}

/** A job in a flow, typed by queue and name like `add`. */
export type FlowNode = {
  [Q in QueueName]: {
    [N in JobName<Q>]: { queue: Q; name: N; data: JobData<Q, N>; jobId: string; children?: FlowNode[] };
  }[JobName<Q>];
}[QueueName];

export class Producer {
  readonly queues: Record<QueueName, Queue>;
  private readonly flows: FlowProducer;
  private readonly defaults: JobsOptions;

  constructor(redis: RedisClient, prefix: string, retry: RetryPolicy, onError: (err: Error) => void) {
    const opts = { connection: redis, prefix: bullPrefix(prefix) };
    this.queues = Object.fromEntries(QUEUE_NAMES.map((q) => [q, new Queue(q, opts)])) as Record<QueueName, Queue>;
    this.flows = new FlowProducer(opts);
    for (const q of Object.values(this.queues)) q.on('error', onError);
    this.flows.on('error', onError);
    this.defaults = {
      attempts: retry.attempts,
      backoff: { type: 'exponential', delay: retry.backoffMs },
      // Completed jobs stay a week so that re-adding the same id stays a no-op.
      removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }

  async add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    name: N,
    data: JobData<Q, N>,
    jobId: string,
    opts: Pick<JobsOptions, 'delay' | 'attempts'> = {},
  ): Promise<void> {
    await this.queues[queue].add(name, data, { ...this.defaults, ...opts, jobId });
  }

  /** Adds a tree whose parents run after all their children completed. */
  async addFlow(root: FlowNode): Promise<void> {
    await this.flows.add(this.toFlowJob(root, true));
  }

  private toFlowJob(node: FlowNode, isRoot: boolean): FlowJob {
    return {
      name: node.name,
      queueName: node.queue,
      data: node.data,
      // A child that fails for good has already put its incident in front of a person; the
      // later steps still run, because each checks for itself what is left to do.
      opts: { ...this.defaults, jobId: node.jobId, ...(isRoot ? {} : { ignoreDependencyOnFailure: true }) },
      children: node.children?.map((c) => this.toFlowJob(c, false)),
    };
  }

  async close(): Promise<void> {
    await Promise.all([...Object.values(this.queues).map((q) => q.close()), this.flows.close()]);
  }
}
