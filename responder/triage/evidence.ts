// Evidence before action. A key id alone can name anyone's key (ids appear in presigned URLs
// and logs), so whoever can push could otherwise get production keys deactivated and their
// owners quarantined. Automatic containment runs only for a credential shown to be real: it
// verified live with its own secret, GitHub's secret scanning reported it, or a security
// responder approved acting on it. Provider-agnostic: every provider's steps ask the same.
import type { Incident } from '../ledger/types.js';
import { providerSteps } from '../providers/registry.js';

export type EvidenceKind = 'verified-live' | 'github-alert' | 'responder-approved';

export interface Evidence {
  kind: EvidenceKind;
  /** `leakhound`, `github` or `slack:<user>`. */
  by: string;
  at: string;
  detail: string;
}

export function hasEvidence(incident: Pick<Incident, 'evidence'>): boolean {
  return incident.evidence !== undefined;
}

/** Waiting for a responder to approve containment ("Deactivate this key"): held back, no evidence yet. */
export function awaitingApproval(incident: Incident): boolean {
  if (hasEvidence(incident) || !incident.provider || incident.state === 'closed') return false;
  return incident.heldForEvidence !== undefined;
}

/** A provider step that has not run yet, or that waits for a person. */
export function containmentUnfinished(incident: Incident): boolean {
  if (!incident.provider) return false;
  return providerSteps(incident.provider).some((st) => {
    const s = incident.steps[st]?.status;
    return s === 'pending' || s === 'task';
  });
}

export const NO_EVIDENCE =
  'nothing shows this credential is live or really leaked (no verifying secret beside it, no GitHub secret scanning alert), so leakhound does not act on it by itself';
