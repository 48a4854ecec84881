// Triage, the pure part: one credential is one incident, however many places it appears in;
// an AWS secret key next to its key id completes that credential instead of opening its own
// incident; what the repository's ignore files and baseline allow is dropped; severity follows the rule and exposure.
import type { Severity } from '../../rules/types.js';
import { isPairRule, providerForRule, type ProviderId } from '../providers/registry.js';
import type { Candidate } from './candidate.js';

export interface CredentialGroup {
  /** The value that identifies the credential (for AWS: the access key id). */
  identity: string;
  /** The secret that completes it, when found next to it (for AWS: the secret access key). */
  pair?: string;
  ruleId: string;
  description: string;
  provider: ProviderId | null;
  severity: Severity;
  candidates: Candidate[];
}

const ORDER: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
/** A paired secret must sit within this many lines of its identity in the same file. */
const PAIR_DISTANCE = 5;

export function groupCandidates(
  candidates: Candidate[],
  opts: { isSuppressed: (c: Candidate) => boolean; visibility: string },
): { groups: CredentialGroup[]; suppressed: number } {
  const kept = candidates.filter((c) => !opts.isSuppressed(c));
  const byIdentity = new Map<string, CredentialGroup>();
  for (const c of kept) {
    if (providerForRule(c.ruleId) === null) continue;
    const g = byIdentity.get(c.secret) ?? newGroup(c);
    g.candidates.push(c);
    byIdentity.set(c.secret, g);
  }
  const identities = [...byIdentity.values()].flatMap((g) => g.candidates);
  const rest: Candidate[] = [];
  for (const c of kept) {
    if (providerForRule(c.ruleId) !== null) continue;
    const near = isPairRule(c.ruleId)
      ? identities.find(
          (i) => i.file === c.file && i.commit === c.commit && Math.abs(i.startLine - c.startLine) <= PAIR_DISTANCE,
        )
      : undefined;
    const g = near ? byIdentity.get(near.secret) : undefined;
    if (g) g.pair ??= c.secret;
    else rest.push(c);
  }
  const others = new Map<string, CredentialGroup>();
  for (const c of rest) {
    const g = others.get(c.secret) ?? newGroup(c);
    g.candidates.push(c);
    others.set(c.secret, g);
  }
  const groups = [...byIdentity.values(), ...others.values()];
  for (const g of groups) g.severity = severityOf(g, opts.visibility);
  return { groups, suppressed: candidates.length - kept.length };
}

function newGroup(c: Candidate): CredentialGroup {
  return {
    identity: c.secret,
    ruleId: c.ruleId,
    description: c.description,
    provider: providerForRule(c.ruleId),
    severity: c.severity,
    candidates: [],
  };
}

/** The highest rule severity, one step higher when anyone on the internet could read it. */
function severityOf(g: CredentialGroup, visibility: string): Severity {
  let i = Math.max(...g.candidates.map((c) => ORDER.indexOf(c.severity)));
  if (g.pair) i = Math.max(i, ORDER.indexOf('critical'));
  if (visibility === 'public') i = Math.min(i + 1, ORDER.length - 1);
  return ORDER[i] ?? 'high';
}
