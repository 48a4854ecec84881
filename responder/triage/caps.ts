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
  /** More places of a credential that is kept (the same blob under many paths, copies). */
  extraLocations: number;
  /** Findings of credentials left out entirely by the per-push cap. */
  overCap: number;
}

/**
 * Keeps at most `maxFindings` candidates, most severe first, and every credential's first
 * place before any credential's second: copies of one credential (a blob under 500 paths)
 * cannot push a different credential out of triage.
 */
export function capFindings(candidates: Candidate[], maxFindings: number): CappedFindings {
  const key = (c: Candidate): string => `${c.ruleId}\0${c.secret}`;
  const seen = new Map<string, number>();
  const ranked = candidates.map((c, i) => {
    const n = seen.get(key(c)) ?? 0;
    seen.set(key(c), n + 1);
    return { c, i, n };
  });
  const sorted = ranked
    .filter((r) => r.n < MAX_LOCATIONS)
    .sort((a, b) => RANK[a.c.severity] - RANK[b.c.severity] || a.n - b.n || a.i - b.i);
  const kept = sorted.slice(0, maxFindings).map((r) => ({ ...r.c }));
  const first = new Map<string, Candidate>();
  const keptOf = new Map<string, number>();
  for (const c of kept) {
    if (!first.has(key(c))) first.set(key(c), c);
    keptOf.set(key(c), (keptOf.get(key(c)) ?? 0) + 1);
  }
  // The incident lists the kept places; it says how many more there were.
  for (const [k, c] of first) {
    const more = seen.get(k)! - keptOf.get(k)!;
    if (more > 0) c.morePlaces = more;
    else delete c.morePlaces;
  }
  let overCap = 0;
  for (const r of sorted.slice(maxFindings)) if (!first.has(key(r.c))) overCap++;
  return { kept, extraLocations: candidates.length - kept.length - overCap, overCap };
}

/** The most severe groups open incidents; the rest fold into one "mass leak" incident. */
export function capIncidents(
  groups: CredentialGroup[],
  maxIncidents: number,
): { open: CredentialGroup[]; folded: CredentialGroup[] } {
  const sorted = [...groups].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { open: sorted.slice(0, maxIncidents), folded: sorted.slice(maxIncidents) };
}
