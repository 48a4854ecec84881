// Volume is bounded: one push carrying thousands of key ids (or one blob reachable under many
// paths) must not become thousands of incidents, containment jobs and Slack posts that starve
// the real incidents. Pure: what to keep, what to fold, and the counts to report.
import type { Severity } from '../../rules/types.js';
import type { Candidate } from './candidate.js';
import type { CredentialGroup } from './group.js';

/** Places kept per credential per push; the rest are counted. */
export const MAX_LOCATIONS = 20;

const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface CappedFindings {
  kept: Candidate[];
  /** More places of an already-kept credential (the same blob under many paths, copies). */
  extraLocations: number;
  /** Findings beyond the per-push cap, most severe kept first. */
  overCap: number;
}

export function capFindings(candidates: Candidate[], maxFindings: number): CappedFindings {
  const perCredential = new Map<string, number>();
  const distinct: Candidate[] = [];
  let extraLocations = 0;
  for (const c of candidates) {
    const key = `${c.ruleId}\0${c.secret}`;
    const n = perCredential.get(key) ?? 0;
    perCredential.set(key, n + 1);
    if (n < MAX_LOCATIONS) distinct.push(c);
    else extraLocations++;
  }
  const sorted = distinct
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => RANK[a.severity] - RANK[b.severity] || i - j)
    .map(([c]) => c);
  return { kept: sorted.slice(0, maxFindings), extraLocations, overCap: Math.max(0, sorted.length - maxFindings) };
}

/** The most severe groups open incidents; the rest fold into one "mass leak" incident. */
export function capIncidents(
  groups: CredentialGroup[],
  maxIncidents: number,
): { open: CredentialGroup[]; folded: CredentialGroup[] } {
  const sorted = [...groups].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { open: sorted.slice(0, maxIncidents), folded: sorted.slice(maxIncidents) };
}
