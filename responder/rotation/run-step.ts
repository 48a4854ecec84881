// One rotation step for one incident, as a job runs it: the leaked key id from the encrypted
// store, the step's answer scrubbed, and the evidence (redacted replacement id, store, path,
// version, verification) appended to the incident's timeline once per outcome. The generic
// containment job of the provider model calls this; a `retry` is the job's cue to throw.
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import type { Owner } from '../../rules/aws/rotate-iam.js';
import type { RotationStepResult } from '../../rules/rotation.js';
import type { Scrubber } from '../crypto/scrub.js';
import type { Services } from '../services.js';
import { awsRotationContext, type RotationClients } from './context.js';
import { findRotation } from './map.js';

const STEPS = [...awsRotation.steps, awsRotation.retire];
export const ROTATION_STEP_IDS = STEPS.map((s) => s.id);

export async function runRotationStep(
  s: Services,
  clients: RotationClients,
  incidentId: string,
  stepId: string,
  scrubber: Scrubber,
  /** Which run of the rotation (round, retry): each run's outcomes get their own timeline entries. */
  run = '',
): Promise<RotationStepResult> {
  const step = STEPS.find((x) => x.id === stepId);
  if (!step) throw new Error(`no rotation step ${stepId}; known: ${ROTATION_STEP_IDS.join(', ')}`);
  const leaked = await s.secrets.get(incidentId, 'primary', scrubber);
  if (leaked === undefined) {
    return {
      outcome: 'task',
      detail: 'the leaked key id expired from the encrypted store before rotation finished: rotate by hand',
    };
  }
  const r = await step.run({ secret: leaked }, awsRotationContext(s, clients, incidentId, scrubber));
  const result = { outcome: r.outcome, detail: scrubber.text(r.detail) };
  if (result.outcome !== 'retry') {
    await s.ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'rotation',
      text: `${step.title}: ${result.outcome === 'task' ? 'needs a person: ' : ''}${result.detail}`,
      key: `${step.id}:${result.outcome}${run ? `:${run}` : ''}`,
    });
  }
  return result;
}

/** When the retire job is due, in ms from now: the matching entry's grace period. */
export async function retireDelayMs(
  s: Pick<Services, 'ledger' | 'config'>,
  incidentId: string,
): Promise<number | undefined> {
  const raw = await s.ledger.getField(incidentId, 'rotation:owner');
  if (!raw) return undefined;
  const entry = findRotation(s.config.rotation.map, 'aws', (JSON.parse(raw) as Owner).arn);
  return entry ? entry.graceSeconds * 1000 : undefined;
}
