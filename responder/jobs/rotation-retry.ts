// "Retry rotation": a rotation that stopped for a person (two keys on the user, a store that
// refused, no map entry yet) runs again from its first step once the person has fixed what
// the task said, without waiting for the incident to reopen. The steps are the same jobs as in
// the containment flow, chained on their own (the leaked credential is usually contained by
// then), with job ids of this click, so a redelivered click adds nothing twice.
import type { Incident } from '../ledger/types.js';
import { retriable, rotationJobs } from '../providers/registry.js';
import type { JobContext } from '../queue/context.js';
import type { JobName } from '../queue/job-map.js';
import { type FlowNode, jobId } from '../queue/producer.js';
import { notifySlack } from './record.js';
import { RETRIED, STOPPED } from './rotation-job.js';

export async function retryRotation(
  ctx: JobContext,
  incident: Incident,
  by: string,
  click: string | undefined,
): Promise<string> {
  const jobs = incident.provider ? rotationJobs(incident.provider) : [];
  const refuse = async (why: string): Promise<string> => {
    await ctx.s.ledger.append(incident.id, {
      actor: by,
      kind: 'rotation',
      text: `pressed "Retry rotation", but ${why}; nothing changed`,
      key: `rotate-retry:${click ?? 'refused'}`,
    });
    await notifySlack(ctx, incident.id, `rotate-retry:${click ?? 'refused'}`);
    return 'not retried';
  };
  if (incident.state === 'closed') return refuse('the incident is closed');
  if (jobs.length === 0) return refuse('leakhound does not rotate this kind of credential');
  if (!retriable(incident.provider))
    return refuse('the provider retired the leaked credential when it was rotated or revoked: replace it by hand');
  if (!ctx.s.config.rotation.map) return refuse('LEAKHOUND_ROTATION_CONFIG is not set on the workers');
  if (incident.steps.rotate?.status !== 'task') return refuse('the rotation is not waiting for a person');

  const attempt = click ?? new Date().toISOString();
  await ctx.s.ledger.setFields(incident.id, { [STOPPED]: '', [RETRIED]: attempt });
  await ctx.s.ledger.setStep(incident.id, 'rotate', { status: 'pending', at: new Date().toISOString(), by });
  await ctx.s.ledger.append(incident.id, {
    actor: by,
    kind: 'rotation',
    text: 'asked leakhound to retry the rotation from its first step',
    key: `rotate-retry:${attempt}`,
  });
  let node: FlowNode | undefined;
  for (const step of jobs) {
    const child: FlowNode = {
      queue: 'containment',
      name: step as JobName<'containment'>,
      data: { incidentId: incident.id, step },
      jobId: jobId(step, incident.id, `rotation-retry:${attempt}`),
    };
    if (node) child.children = [node];
    node = child;
  }
  await ctx.s.producer.addFlow(node!);
  await notifySlack(ctx, incident.id, `rotate-retry:${attempt}`);
  return 'retrying';
}
