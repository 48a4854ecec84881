// Providers leakhound can contain automatically, listed explicitly. A credential whose rule
// has no provider gets a "revoke it yourself" task instead.
import type { StepId } from '../playbook/playbook.js';

export type ProviderId = 'aws';

interface ProviderEntry {
  id: ProviderId;
  /** The rule whose secret identifies the credential to the provider. */
  ruleId: string;
  /** Rules whose secret completes the credential (stored as its pair). */
  pairRuleIds: string[];
  /** GitHub secret scanning types that name the same credential. */
  githubSecretTypes: string[];
  /** Containment steps, each one job, run in this order. */
  steps: StepId[];
  /** The Slack button with which a responder approves containment that lacked evidence. */
  approve: { label: string; confirm: string };
}

const PROVIDERS: ProviderEntry[] = [
  {
    id: 'aws',
    ruleId: 'aws-access-key-id',
    pairRuleIds: ['aws-secret-access-key'],
    githubSecretTypes: ['aws_access_key_id'],
    steps: ['aws-identify', 'aws-deactivate', 'aws-quarantine', 'aws-verify'],
    approve: {
      label: 'Deactivate this key',
      confirm:
        'Deactivate this access key, attach the quarantine policy to its owner and verify? Only if you know the key should stop working.',
    },
  },
];

export function providerForRule(ruleId: string): ProviderId | null {
  return PROVIDERS.find((p) => p.ruleId === ruleId)?.id ?? null;
}

export function isPairRule(ruleId: string): boolean {
  return PROVIDERS.some((p) => p.pairRuleIds.includes(ruleId));
}

export function providerSteps(id: ProviderId): StepId[] {
  return PROVIDERS.find((p) => p.id === id)?.steps ?? [];
}

/** GitHub's secret type to our rule id: `aws_access_key_id` → `aws-access-key-id`. */
export function ruleForSecretType(secretType: string): string {
  const p = PROVIDERS.find((e) => e.githubSecretTypes.includes(secretType));
  return p ? p.ruleId : `github-${secretType.replace(/_/g, '-')}`;
}

export function approveButton(id: ProviderId): { label: string; confirm: string } | undefined {
  return PROVIDERS.find((p) => p.id === id)?.approve;
}
