// One rotation step for one incident, as a job runs it: the leaked key id from the encrypted
// store, the step's answer scrubbed, and the evidence (redacted replacement id, store, path,
// version, verification) appended to the incident's timeline once per outcome. The generic
// containment job of the provider model calls this; a `retry` is the job's cue to throw.
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import type { Owner } from '../../rules/aws/rotate-iam.js';
import type { RotationStepResult } from '../../rules/rotation.js';
import { tokenRotationSteps } from '../../rules/token-rotation.js';
import type { Scrubber } from '../crypto/scrub.js';
import { TOKEN_ROTATIONS } from '../providers/registry.js';
import type { Services } from '../services.js';
import { awsRotationContext, type RotationClients, tokenRotationContext } from './context.js';
import { findRotation } from './map.js';

const STEPS = [...awsRotation.steps, awsRotation.retire];
/** The AWS rotation's step ids, in order, the retire step last. */
export const ROTATION_STEP_IDS = STEPS.map((s) => s.id);

export async function runRotationStep(
  s: Services,
  clients: RotationClients,
  incidentId: string,
  stepId: string,
  scrubber: Scrubber,
  /** Which run of the rotation (round, retry): each run's outcomes get their own timeline entries. */
  run = '',
  credential: { provider: string; ruleId: string } = { provider: 'aws', ruleId: 'aws-access-key-id' },
): Promise<RotationStepResult> {
  const token = TOKEN_ROTATIONS[credential.provider];
  const steps = token ? tokenRotationSteps : credential.provider === 'aws' ? STEPS : [];
  const step = steps.find((x) => x.id === stepId);
  if (!step) throw new Error(`no rotation step ${stepId} for ${credential.provider}`);
  const leaked = await s.secrets.get(incidentId, 'primary', scrubber);
  if (leaked === undefined) {
    return {
      outcome: 'task',
      detail: 'the leaked credential expired from the encrypted store before rotation finished: rotate by hand',
    };
  }
  const r = token
    ? await (step as (typeof tokenRotationSteps)[number]).run(
        { ruleId: credential.ruleId, secret: leaked },
        tokenRotationContext(s, clients, incidentId, credential.provider, token, scrubber),
      )
    : await (step as (typeof STEPS)[number]).run(
        { secret: leaked },
        awsRotationContext(s, clients, incidentId, scrubber),
      );
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
