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
