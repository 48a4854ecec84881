// A candidate credential on its way from a scan (or a GitHub alert) to triage. It carries
// the secret, so it only ever travels sealed (SecretStore stash), never in a job payload.
import type { Finding } from '../../scanner/finding.js';
import { INLINE_ALLOWED } from '../../scanner/detect/detector.js';
import { array, boolean, type Infer, integer, object, oneOf, optional, string } from '../schema.js';

const anyString = (v: unknown, path: string): string => {
  if (typeof v !== 'string') throw new Error(`${path}: expected a string`);
  return v;
};

export const candidateSchema = object({
  ruleId: string(),
  description: string(),
  severity: oneOf('critical', 'high', 'medium', 'low', 'info'),
  secret: string(),
  file: string(),
  startLine: integer(1),
  commit: anyString,
  author: anyString,
  email: anyString,
  date: anyString,
  fingerprint: string(),
  url: optional(string()),
  /** On a line with a `leakhound:allow`/`gitleaks:allow` comment: quiet only if not live. */
  inlineAllowed: optional(boolean),
  /** Hosts named near the secret (a self-managed GitLab's); untrusted unless configured. */
  hosts: optional(array(string())),
  /** Set on a credential's first kept place: how many more places the push had beyond those kept (caps.ts). */
  morePlaces: optional(integer(1)),
});
export type Candidate = Infer<typeof candidateSchema>;

export const stashSchema = object({
  candidates: array(candidateSchema),
  /** The repository's ignore files and baseline at the pushed commit, applied by triage. */
  suppressions: array(
    object({ kind: oneOf('ignore', 'baseline'), file: string(), text: (v: unknown, p: string) => anyString(v, p) }),
  ),
  alert: optional(object({ number: integer(1), url: optional(string()), createdAt: optional(string()) })),
  /** What the scan left out to bound the volume (see triage/caps.ts). */
  capped: optional(object({ overCap: integer(0), extraLocations: integer(0) })),
});
export type Stash = Infer<typeof stashSchema>;

export function fromFinding(f: Finding): Candidate {
  return {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    secret: f.secret,
    file: f.file,
    startLine: f.startLine,
    commit: f.commit,
    author: f.author,
    email: f.email,
    date: f.date,
    fingerprint: f.fingerprint,
    ...(f.tags.includes(INLINE_ALLOWED) ? { inlineAllowed: true } : {}),
    ...(f.hosts?.length ? { hosts: f.hosts } : {}),
  };
}
