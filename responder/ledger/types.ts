// The incident record and its timeline as the ledger stores them. Nothing here is secret:
// the credential appears only in its redacted form.
import type { Severity } from '../../rules/types.js';
import type { StepId, StepState } from '../playbook/playbook.js';
import type { ProviderId } from '../providers/registry.js';
import type { Evidence } from '../triage/evidence.js';
import type { Pusher } from '../people/email.js';

/**
 * open → contained (revocation verified) → closed; needs-human whenever an automatic step
 * failed for good or cannot be done; closed also via false positive / used in tests.
 */
export type IncidentState = 'open' | 'needs-human' | 'contained' | 'closed';
export const STATES: IncidentState[] = ['open', 'needs-human', 'contained', 'closed'];

export type Resolution = 'contained' | 'false-positive' | 'used-in-tests' | 'resolved-on-github';

export interface IncidentLocation {
  file: string;
  startLine: number;
  commit: string;
  author: string;
  email: string;
  /** ISO 8601 date of the introducing commit, when known. */
  date: string;
  url?: string;
  /** Hosts named near the secret there (rules with `nearbyHosts`, e.g. a self-managed GitLab). */
  hosts?: string[];
}

export interface Visibility {
  kind: 'public' | 'private' | 'internal' | 'unknown';
}

export interface IncidentMeta {
  ruleId: string;
  description: string;
  provider: ProviderId | null;
  /** Redacted, e.g. `AKIA…YZ`. */
  credential: string;
  repo: string;
  repoUrl: string;
  visibility: Visibility['kind'];
  source: 'push' | 'secret-scanning';
  /** Earliest known moment the secret was readable by others: the push, else the introducing commit's date. */
  exposureStart?: string;
  /** When the push that brought it reached GitHub (from the push payload). */
  pushedAt?: string;
  /** The GitHub login that pushed it (the push payload's sender). */
  pushedBy?: string;
  /** Who pushed it (the push payload's pusher and sender): told about the leak with the authors. */
  pusher?: Pusher;
  /** Quieted in the code (inline allow comment, baseline) but verified live: reported anyway. */
  suppressedInCode?: string;
  /** The GitHub App installation the webhook came from: its tokens fetch and push this repository. */
  installationId?: number;
}

export interface Incident extends IncidentMeta {
  id: string;
  state: IncidentState;
  severity: Severity;
  openedAt: string;
  acknowledged?: { by: string; at: string };
  containedAt?: string;
  closedAt?: string;
  resolution?: Resolution;
  needsHuman?: string;
  slack?: { channel: string; ts: string };
  /** Why automatic containment may act (see triage/evidence.ts); absent = it may not. */
  evidence?: Evidence;
  /** 1, then 2, … each time the closed incident was reopened by a new exposure. */
  round: number;
  /** Who pressed "False positive" on a live-verified credential (it waits for a second press). */
  falsePositiveAskedBy?: string;
  /** A history rewrite prepared in the worker's mirror, waiting for "Push rewritten history". */
  historyRewrite?: HistoryRewrite;
  /** When a containment step was held back for lack of evidence. */
  heldForEvidence?: string;
  /** The GitHub secret scanning alert that reported it, if one did. */
  alert?: { repo: string; number: number; url?: string; installationId?: number };
  steps: Partial<Record<StepId, StepState>>;
  locations: IncidentLocation[];
}

export interface TimelineEntry {
  /** Redis stream id: orders entries, unique per incident. */
  seq: string;
  at: string;
  /** Who: `leakhound`, `slack:<user>`, `github:<login>`. */
  actor: string;
  /** What: `opened`, `step`, `acknowledged`, `needs-human`, `closed`, `seen-again`, … */
  kind: string;
  step?: StepId;
  text: string;
}

/** The dry-run summary of a prepared rewrite: refs and commit ids only, never a secret. */
export interface HistoryRewrite {
  at: string;
  by: string;
  /** The branches and tags to push, each leased on the value the rewrite replaced. */
  refs: { ref: string; old: string; new: string }[];
  commits: number;
  changedCommits: number;
  firstChanged: string | null;
}
