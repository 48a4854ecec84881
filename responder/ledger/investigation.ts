// Investigation findings kept on the incident record, one field per source. Written by the
// investigation jobs, read by the pages and the report; parsed defensively, since Redis data
// is untyped.
import type { CloudTrailSummary } from '../../rules/aws/activity-summary.js';
import type { GitHubFindings } from '../github/investigate.js';
import type { Ledger } from './ledger.js';
import type { Capabilities } from '../providers/capabilities.js';
import type { Findings } from './report.js';

export const CLOUDTRAIL_FIELD = 'aws:cloudtrail';
export const GITHUB_FIELD = 'github:investigation';
export const CAPABILITIES_FIELD = 'capabilities';

export async function readCloudTrailSummary(ledger: Ledger, id: string): Promise<CloudTrailSummary | undefined> {
  const s = parseJson<CloudTrailSummary>(await ledger.getField(id, CLOUDTRAIL_FIELD));
  if (!s) return undefined;
  const lists = [s.byEventName, s.sourceIps, s.userAgents, s.regions, s.errors, s.flagged, s.failures];
  return typeof s.total === 'number' && s.searched && lists.every(Array.isArray) ? s : undefined;
}

export async function writeCloudTrailSummary(ledger: Ledger, id: string, s: CloudTrailSummary): Promise<void> {
  await ledger.setFields(id, { [CLOUDTRAIL_FIELD]: JSON.stringify(s) });
}

export async function readGitHubFindings(ledger: Ledger, id: string): Promise<GitHubFindings | undefined> {
  const f = parseJson<GitHubFindings>(await ledger.getField(id, GITHUB_FIELD));
  return f && typeof f.repo === 'string' && Array.isArray(f.commits) && Array.isArray(f.failures) ? f : undefined;
}

export async function writeGitHubFindings(ledger: Ledger, id: string, f: GitHubFindings): Promise<void> {
  await ledger.setFields(id, { [GITHUB_FIELD]: JSON.stringify(f) });
}

export async function readCapabilities(ledger: Ledger, id: string): Promise<Capabilities | undefined> {
  const c = parseJson<Capabilities>(await ledger.getField(id, CAPABILITIES_FIELD));
  return c && typeof c.provider === 'string' && typeof c.reason === 'string' ? c : undefined;
}

export async function writeCapabilities(ledger: Ledger, id: string, c: Capabilities): Promise<void> {
  await ledger.setFields(id, { [CAPABILITIES_FIELD]: JSON.stringify(c) });
}

/** Everything the report and the page show under "Investigation findings". */
export async function readFindings(ledger: Ledger, id: string): Promise<Findings> {
  const [cloudTrail, github, capabilities] = await Promise.all([
    readCloudTrailSummary(ledger, id),
    readGitHubFindings(ledger, id),
    readCapabilities(ledger, id),
  ]);
  return {
    ...(cloudTrail ? { cloudTrail } : {}),
    ...(github ? { github } : {}),
    ...(capabilities ? { capabilities } : {}),
  };
}

function parseJson<T>(raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as T) : undefined;
  } catch {
    return undefined;
  }
}
