// The incident playbook: the standard phases, and for each credential the steps that make it
// up. A step is automatic where a provider lets leakhound act, otherwise a task for a person.
// Provider steps (`aws-deactivate`, `stripe-roll`…) and their titles come from the provider
// registry. Pure: deciding what is left to do never touches Redis or a provider.
import { howToRevokeByHand } from '../../rules/providers.js';
import { CONTAINMENT_STEPS, providerSteps, type ProviderId } from '../providers/registry.js';

export type Phase = 'containment' | 'investigation' | 'eradication' | 'review';
export const PHASES: Phase[] = ['containment', 'investigation', 'eradication', 'review'];

/** The playbook's own steps; provider containment steps add `<provider>-<step>` ids. */
export type FixedStepId =
  | 'revoke'
  | 'rotate'
  | 'redeploy'
  | 'access'
  | 'exposure'
  | 'history'
  | 'compliance'
  | 'customers'
  | 'report';
export type StepId = FixedStepId | (string & {});

/** Every step id a "Done" button may name: the playbook's own and every provider's. */
export const STEP_IDS: readonly string[] = [
  ...CONTAINMENT_STEPS.keys(),
  'revoke',
  'rotate',
  'redeploy',
  'access',
  'exposure',
  'history',
  'compliance',
  'customers',
  'report',
];

export interface StepDef {
  id: StepId;
  phase: Phase;
  title: string;
  mode: 'auto' | 'task';
  /** For a task: exactly what the person has to do, where the provider says. */
  detail?: string;
}

/** `task`: waiting for a person; `skipped`: made moot by an earlier step's outcome. */
export type StepStatus = 'pending' | 'done' | 'task' | 'skipped';

export interface StepState {
  status: StepStatus;
  /** ISO 8601. */
  at: string;
  /** `leakhound`, `slack:<user>` or `github:<login>`. */
  by: string;
  detail?: string;
}

export const STEP_TITLES: Record<FixedStepId, string> = {
  revoke: 'Revoke the credential at its provider',
  rotate: 'Create a replacement credential and deploy it',
  // Only in the playbook when a rotation's redeploy hook failed: the services still need the new version.
  redeploy: 'Redeploy the services onto the new version',
  access: 'Who had access (repository visibility)',
  exposure: 'Exposure window (introducing commit to revocation)',
  history: 'Remove the secret from git history (`leakhound rewrite`)',
  compliance: 'Tell compliance: the credential was used from outside the known networks',
  customers: 'Decide with compliance whether customers must be notified',
  report: 'Post-incident report',
};

/** The playbook for a credential; `ruleId` lets a manual revoke task say how its provider wants it done. */
export function planSteps(provider: ProviderId | null, ruleId?: string): StepDef[] {
  const step = (id: StepId, phase: Phase, mode: 'auto' | 'task'): StepDef => ({
    id,
    phase,
    title: stepTitle(id),
    mode,
  });
  const containment = provider
    ? providerSteps(provider).map((id) => step(id, 'containment', 'auto'))
    : [withDetail(step('revoke', 'containment', 'task'), ruleId && howToRevokeByHand(ruleId))];
  return [
    ...containment,
    step('rotate', 'containment', 'task'),
    step('access', 'investigation', 'auto'),
    step('exposure', 'investigation', 'auto'),
    step('history', 'eradication', 'task'),
    step('report', 'review', 'auto'),
  ];
}

function withDetail(s: StepDef, detail: string | undefined | false | ''): StepDef {
  return detail ? { ...s, detail } : s;
}

/** A step's title: the provider's for its containment steps, the playbook's for the rest. */
export function stepTitle(id: StepId): string {
  const provider = CONTAINMENT_STEPS.get(id);
  if (provider) return provider.provider.containment[provider.index]!.title;
  return (STEP_TITLES as Record<string, string>)[id] ?? id;
}

const ORDER: StepId[] = [...CONTAINMENT_STEPS.keys(), ...(Object.keys(STEP_TITLES) as StepId[])];

/** The incident's steps in playbook order (the ledger's hash has none). */
export function orderedSteps(steps: Partial<Record<StepId, StepState>>, phase?: Phase): [StepId, StepState][] {
  const order = [...ORDER, ...Object.keys(steps).filter((id) => !ORDER.includes(id))];
  return order
    .filter((id) => steps[id] && (phase === undefined || phaseOf(id) === phase))
    .map((id) => [id, steps[id]!]);
}

export function phaseOf(id: StepId): Phase {
  if (id === 'access' || id === 'exposure') return 'investigation';
  if (id === 'history' || id === 'compliance' || id === 'customers') return 'eradication';
  if (id === 'report') return 'review';
  return 'containment';
}

type Steps = Partial<Record<StepId, StepState>>;

/** Every step but the report (written on closing) is done or moot: nothing is left to do. */
export function allSettled(steps: Steps): boolean {
  return Object.entries(steps).every(([id, s]) => id === 'report' || s?.status === 'done' || s?.status === 'skipped');
}

/** Containment is over when no containment step is pending or waiting for a person. */
export function containmentComplete(steps: Steps): boolean {
  const containment = Object.entries(steps).filter(([id]) => phaseOf(id as StepId) === 'containment');
  return containment.length > 0 && containment.every(([, s]) => s?.status === 'done' || s?.status === 'skipped');
}

/** Steps a person has to do; each has its own "Done" button. */
export function openTasks(steps: Steps, phase?: Phase): StepId[] {
  return (Object.entries(steps) as [StepId, StepState][])
    .filter(([id, s]) => s.status === 'task' && (phase === undefined || phaseOf(id) === phase))
    .map(([id]) => id);
}
