import { UnrecoverableError, type Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { join, rand, UPPER } from '../../rules/fixture-kit.js';
import type { Services } from '../services.js';
import type { Handlers } from './context.js';
import { processorFor } from './run-job.js';

const keyId = join('AKIA', rand(`${UPPER}234567`, 16));

function fakes() {
  const added: { queue: string; name: string; data: unknown }[] = [];
  const counted: string[] = [];
  const logged: string[] = [];
  const s = {
    metrics: { jobFinished: async (q: string, n: string, o: string) => void counted.push(`${o}:${q}/${n}`) },
    producer: { add: async (queue: string, name: string, data: unknown) => void added.push({ queue, name, data }) },
    log: {
      warn: (m: string, f: object) => void logged.push(`${m} ${JSON.stringify(f)}`),
      error: () => {},
      info: () => {},
      debug: () => {},
    },
  } as unknown as Services;
  return { s, added, counted, logged };
}

const job = (name: string, data: unknown, attemptsMade = 0): Job =>
  ({ name, data, id: `${name}-1`, queueName: 'intake', attemptsMade, opts: { attempts: 3 } }) as unknown as Job;

const never = async (): Promise<never> => {
  throw new Error('unreachable');
};

describe('the worker boundary', () => {
  it('treats data that does not match the JobMap as unrecoverable, and alerts a person', async () => {
    const { s, added, counted } = fakes();
    const run = processorFor(
      'intake',
      { 'scan-push': never, 'fetch-alert': never, triage: never, 'alert-event': never } as Handlers<'intake'>,
      s,
    );
    const err = await run(job('scan-push', { delivery: 'd', before: 'nope' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnrecoverableError);
    expect((err as Error).message).toMatch(/invalid data: data\.repo: expected an object/);
    expect(counted).toEqual(['failed:intake/scan-push']);
    expect(added).toEqual([
      {
        queue: 'notify',
        name: 'slack-alert',
        data: { text: expect.stringMatching(/needs a human: intake\/scan-push failed after 1 attempt/) },
      },
    ]);
  });

  it('scrubs secrets out of an error before BullMQ stores it, and retries until the last attempt', async () => {
    const { s, added, logged } = fakes();
    const leaky = async (): Promise<never> => {
      throw new Error(`AccessDenied for ${keyId}`);
    };
    const handlers = {
      'alert-event': leaky,
      'scan-push': never,
      'fetch-alert': never,
      triage: never,
    } as Handlers<'intake'>;
    const data = {
      repo: { fullName: 'o/r', cloneUrl: 'c', htmlUrl: 'h', visibility: 'public' },
      alertNumber: 1,
      action: 'resolved',
      actor: 'x',
    };
    const first = (await processorFor(
      'intake',
      handlers,
      s,
    )(job('alert-event', data, 0)).catch((e: Error) => e)) as Error;
    expect(first.message).not.toContain(keyId);
    expect(first.stack).not.toContain(keyId);
    expect(added).toHaveLength(0);
    await processorFor('intake', handlers, s)(job('alert-event', data, 2)).catch(() => {});
    expect(added.map((a) => a.name)).toEqual(['slack-alert']);
    expect(JSON.stringify(added) + logged.join('')).not.toContain(keyId);
  });
});
