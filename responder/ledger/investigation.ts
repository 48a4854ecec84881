// Investigation findings kept on the incident record, one field per source. Written by the
// investigation job, read by the pages and the report; parsed defensively, since Redis data
// is untyped.
import type { CloudTrailSummary } from '../../rules/aws/activity-summary.js';
import type { Ledger } from './ledger.js';

export const CLOUDTRAIL_FIELD = 'aws:cloudtrail';

export async function readCloudTrailSummary(ledger: Ledger, id: string): Promise<CloudTrailSummary | undefined> {
  const raw = await ledger.getField(id, CLOUDTRAIL_FIELD);
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as CloudTrailSummary;
    const lists = [s.byEventName, s.sourceIps, s.userAgents, s.regions, s.errors, s.flagged, s.failures];
    return typeof s.total === 'number' && s.searched && lists.every(Array.isArray) ? s : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCloudTrailSummary(ledger: Ledger, id: string, s: CloudTrailSummary): Promise<void> {
  await ledger.setFields(id, { [CLOUDTRAIL_FIELD]: JSON.stringify(s) });
}
