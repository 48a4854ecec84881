// Compliance and customer notification become tasks when the investigation shows the leaked
// credential was used from outside the networks its legitimate users work from: that is when
// a leak may be a breach that has to be reported. Hooked on the CloudTrail summary; any other
// investigation that can tell the same calls `addDisclosureTasks` with its own finding.
import type { CloudTrailSummary } from '../../rules/aws/activity-summary.js';
import type { JobContext } from '../queue/context.js';
import { recordTask } from '../jobs/record.js';

/**
 * The calls after the exposure that came from an unknown network: outside LEAKHOUND_KNOWN_CIDRS,
 * or (without it) from an address not seen in the 90 days before. The summary flags both with
 * a reason that starts `from <ip>,`.
 */
export function outsideCalls(s: CloudTrailSummary): { count: number; ips: string[] } {
  const calls = s.flagged.filter((c) => c.reasons.some((r) => r.startsWith(`from ${c.sourceIp},`)));
  return { count: calls.length, ips: [...new Set(calls.map((c) => c.sourceIp))] };
}

/** Adds the two tasks once (each step is set only while absent or waiting); true when use from outside was found. */
export async function addDisclosureTasks(ctx: JobContext, incidentId: string, s: CloudTrailSummary): Promise<boolean> {
  const outside = outsideCalls(s);
  if (outside.count === 0) return false;
  const incident = await ctx.s.ledger.get(incidentId);
  const evidence = `CloudTrail shows ${outside.count} call${outside.count === 1 ? '' : 's'} since the exposure from ${outside.ips.slice(0, 5).join(', ')}${outside.ips.length > 5 ? ' and others' : ''}, outside the known networks`;
  if (!incident?.steps.compliance) {
    await recordTask(
      ctx,
      incidentId,
      'compliance',
      `${evidence}. Tell compliance/legal now: personal data or customer systems reachable with this credential may make it a reportable breach (GDPR: 72 hours from awareness)`,
    );
  }
  if (!incident?.steps.customers) {
    await recordTask(
      ctx,
      incidentId,
      'customers',
      `${evidence}. With compliance, decide whether customers must be told, and record the decision when you mark this done`,
    );
  }
  return true;
}
