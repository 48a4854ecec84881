// The incident playbook: the standard phases, and for each credential the steps that make it
// up. A step is automatic where a provider lets leakhound act, otherwise a task for a person.
// Pure: deciding what is left to do never touches Redis or a provider.
import type { ProviderId } from '../providers/registry.js';
import { providerSteps } from '../providers/registry.js';

export type Phase = 'containment' | 'investigation' | 'eradication' | 'review';
export const PHASES: Phase[] = ['containment', 'investigation', 'eradication', 'review'];

export const STEP_IDS = [
  'aws-identify',
  'aws-deactivate',
  'aws-quarantine',
  'aws-verify',
  'revoke',
  'rotate',
  'access',
  'exposure',
  'history',
  'report',
] as const;

export type StepId =
  | 'aws-identify'
  | 'aws-deactivate'
  | 'aws-quarantine'
  | 'aws-verify'
  | 'revoke'
  | 'rotate'
  | 'access'
  | 'exposure'
  | 'history'
  | 'report';

export interface StepDef {
  id: StepId;
  phase: Phase;
  title: string;
  mode: 'auto' | 'task';
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

export const STEP_TITLES: Record<StepId, string> = {
  'aws-identify': 'Find the key owner (iam:GetAccessKeyLastUsed, sts:GetAccessKeyInfo)',
  'aws-deactivate': 'Deactivate the access key (iam:UpdateAccessKey → Inactive)',
  'aws-quarantine': 'Attach the AWS compromised-key quarantine policy to the owner',
  'aws-verify': 'Verify the key no longer works',
  revoke: 'Revoke the credential at its provider',
  rotate: 'Create a replacement credential and deploy it',
  access: 'Who had access (repository visibility)',
  exposure: 'Exposure window (introducing commit to revocation)',
  history: 'Remove the secret from git history (`leakhound rewrite`)',
  report: 'Post-incident report',
};

export function planSteps(provider: ProviderId | null): StepDef[] {
  const step = (id: StepId, phase: Phase, mode: 'auto' | 'task'): StepDef => ({
    id,
    phase,
    title: STEP_TITLES[id],
    mode,
  });
  const containment = provider
    ? providerSteps(provider).map((id) => step(id, 'containment', 'auto'))
    : [step('revoke', 'containment', 'task')];
  return [
    ...containment,
    step('rotate', 'containment', 'task'),
    step('access', 'investigation', 'auto'),
    step('exposure', 'investigation', 'auto'),
    step('history', 'eradication', 'task'),
    step('report', 'review', 'auto'),
  ];
}

const ORDER = Object.keys(STEP_TITLES) as StepId[];

/** The incident's steps in playbook order (the ledger's hash has none). */
export function orderedSteps(steps: Partial<Record<StepId, StepState>>, phase?: Phase): [StepId, StepState][] {
  return ORDER.filter((id) => steps[id] && (phase === undefined || phaseOf(id) === phase)).map((id) => [
    id,
    steps[id]!,
  ]);
}

export function phaseOf(id: StepId): Phase {
  if (id === 'access' || id === 'exposure') return 'investigation';
  if (id === 'history') return 'eradication';
  if (id === 'report') return 'review';
  return 'containment';
}

type Steps = Partial<Record<StepId, StepState>>;

/** Every step but the report (written on closing) is done or moot: nothing is left to do. */
export function allSettled(steps: Steps): boolean {
  return Object.entries(steps).every(([id, s]) => id === 'report' || s.status === 'done' || s.status === 'skipped');
}

/** Steps a person has to do; each has its own "Done" button. */
export function openTasks(steps: Steps, phase?: Phase): StepId[] {
  return (Object.entries(steps) as [StepId, StepState][])
    .filter(([id, s]) => s.status === 'task' && (phase === undefined || phaseOf(id) === phase))
    .map(([id]) => id);
}
