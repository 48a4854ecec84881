// The responder's view of the provider registry (rules/providers.ts): which credentials it can
// contain automatically, and the playbook step ids of their containment steps. A provider's
// step `revoke` becomes the playbook step `github-revoke`, which is also its job's name, so
// metrics, the ledger and Slack name steps the same way. A credential whose rule no provider
// revokes gets a "revoke it yourself" task instead.
import type { Provider } from '../../rules/provider.js';
import {
  PROVIDERS,
  providerById,
  providerForPairRule,
  providerForRule as ruleProvider,
} from '../../rules/providers.js';
import { ruleMatchesWhole } from '../../rules/rule-match.js';
import { awsRotation } from '../../rules/aws/rotate-finish.js';
import { gitlabRotation } from '../../rules/gitlab/rotate.js';
import { stripeRotation } from '../../rules/stripe/rotate.js';
import type { TokenRotation } from '../../rules/rotation.js';
import { tokenRotationSteps } from '../../rules/token-rotation.js';
import { defaultRules } from '../../rules/index.js';

export type ProviderId = string;

/** The provider that contains this rule's credential automatically, or null. */
export function providerForRule(ruleId: string): ProviderId | null {
  const p = ruleProvider(ruleId);
  return p && p.containment.length > 0 && p.revokes.includes(ruleId) ? p.id : null;
}

export function isPairRule(ruleId: string): boolean {
  return providerForPairRule(ruleId) !== undefined;
}

export function stepId(p: Pick<Provider, 'id'>, step: { id: string }): string {
  return `${p.id}-${step.id}`;
}

export function providerSteps(id: ProviderId): string[] {
  const p = providerById(id);
  return p ? p.containment.map((s) => stepId(p, s)) : [];
}

/** Every provider containment step id with its provider and step, in registry order. */
export const CONTAINMENT_STEPS: ReadonlyMap<string, { provider: Provider; index: number }> = new Map(
  PROVIDERS.flatMap((p) => p.containment.map((s, index) => [stepId(p, s), { provider: p, index }] as const)),
);

/**
 * Rotation jobs, named like containment steps (`aws-rotate-create`) and run by the same
 * containment job: the rotation's own step id, and whether it is the delayed retire step.
 * They are not playbook steps: their outcome is the playbook's `rotate` step.
 */
const ROTATIONS: Record<ProviderId, { steps: string[]; retire?: string }> = {
  aws: { steps: awsRotation.steps.map((s) => s.id), retire: awsRotation.retire.id },
  gitlab: { steps: tokenRotationSteps.map((s) => s.id) },
  stripe: { steps: tokenRotationSteps.map((s) => s.id) },
};
export const ROTATION_JOBS: ReadonlyMap<string, { provider: ProviderId; step: string; retire: boolean }> = new Map(
  Object.entries(ROTATIONS).flatMap(([provider, r]) =>
    [...r.steps, ...(r.retire ? [r.retire] : [])].map(
      (step) => [`${provider}-${step}`, { provider, step, retire: step === r.retire }] as const,
    ),
  ),
);

/** Providers whose rotate API replaces a credential in one call, run by the generic token rotation. */
export const TOKEN_ROTATIONS: Readonly<Record<ProviderId, TokenRotation>> = {
  gitlab: gitlabRotation,
  stripe: stripeRotation,
};

/** The provider's rotation jobs that run in its containment flow (not the delayed retire one). */
export function rotationJobs(id: ProviderId): string[] {
  return (ROTATIONS[id]?.steps ?? []).map((step) => `${id}-${step}`);
}

/**
 * Whether "Retry rotation" can still work after containment: only where the leaked credential
 * outlives it (an AWS key is deactivated, and deleted only after the grace period). A token that
 * its provider rotated or revoked cannot rotate again.
 */
export function retriable(id: ProviderId | null | undefined): boolean {
  return !!id && !!ROTATIONS[id]?.retire;
}

/** The delayed job that deletes the leaked credential after the grace period. */
export function retireJob(id: ProviderId): string | undefined {
  const r = ROTATIONS[id];
  return r?.retire && `${id}-${r.retire}`;
}

/** Where a provider's rotation runs in its flow: before its first step that changes something. */
export function firstActingStep(id: ProviderId): number {
  const p = providerById(id);
  const i = p ? p.containment.findIndex((s) => !s.readOnly) : -1;
  return i === -1 ? (p?.containment.length ?? 0) : i;
}

/**
 * GitHub's secret type to our rule id: the provider's rule that recognises the secret itself.
 * A secret none of its rules recognises keeps `github-<type>` (no provider), so that nothing
 * unrecognised is ever sent to a provider.
 */
export function ruleForSecretType(secretType: string, secret?: string): string {
  const p = PROVIDERS.find((e) => e.githubSecretTypes.includes(secretType));
  const own =
    p && secret
      ? defaultRules.filter((r) => p.rules.includes(r.id)).find((r) => ruleMatchesWhole(r, secret))
      : undefined;
  return own?.id ?? `github-${secretType.replace(/_/g, '-')}`;
}

/** AWS keeps the wording its responders know; every other provider names its own steps. */
const APPROVE_LABELS: Record<string, { label: string; confirm: string }> = {
  aws: {
    label: 'Deactivate this key',
    confirm:
      'Deactivate this access key, attach the quarantine policy to its owner and verify? Only if you know the key should stop working.',
  },
};

/** The Slack button with which a responder approves containment that lacked evidence. */
export function approveButton(id: ProviderId): { label: string; confirm: string } | undefined {
  const p = providerById(id);
  if (!p || p.containment.length === 0) return undefined;
  const steps = p.containment.map((s) => s.title).join('; ');
  return (
    APPROVE_LABELS[id] ?? {
      label: 'Revoke this credential',
      confirm: `Run the ${p.name} containment (${steps})? Only if you know the credential should stop working.`,
    }
  );
}
