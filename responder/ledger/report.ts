// The Markdown post-incident report, written when an incident closes. Pure: the caller reads
// the incident and its timeline and stores or posts the result.
import { PHASES, stepTitle, orderedSteps } from '../playbook/playbook.js';
import { breakdownLines, type CloudTrailSummary, summaryLine } from '../../rules/aws/activity-summary.js';
import { type GitHubFindings, githubFindingLines } from '../github/investigate.js';
import type { Capabilities } from '../providers/capabilities.js';
import type { Incident, TimelineEntry } from './types.js';
import { followUpTasks, rootCauseText, type Review } from '../review/review.js';

const MARK: Record<string, string> = { done: 'x', skipped: '-', task: ' ', pending: ' ' };

export interface Findings {
  cloudTrail?: CloudTrailSummary;
  github?: GitHubFindings;
  capabilities?: Capabilities;
  /** The closing review a responder wrote; without it the report says nobody reviewed the incident. */
  review?: Review;
}

/** Timeline kinds that record a notification (notify-people.ts). */
const NOTIFICATION_KINDS = new Set(['notified', 'not-notified', 'notification']);

export function postIncidentReport(incident: Incident, timeline: TimelineEntry[], findings: Findings = {}): string {
  const i = incident;
  const end = i.containedAt ?? i.closedAt;
  const lines: string[] = [
    `# Post-incident report: ${i.description} in ${i.repo}`,
    '',
    '| | |',
    '|---|---|',
    `| Incident | \`${i.id}\` |`,
    `| Credential | \`${i.credential}\` (rule \`${i.ruleId}\`) |`,
    `| Severity | ${i.severity} |`,
    `| Repository | ${i.repo} (${i.visibility}) |`,
    `| Source | ${i.alert ? `GitHub secret scanning alert #${i.alert.number}` : 'push scan'} |`,
    `| Opened | ${i.openedAt} |`,
    `| Evidence | ${i.evidence ? `${i.evidence.kind} (${i.evidence.by}, ${i.evidence.at})` : 'none: not contained automatically'} |`,
    `| Acknowledged | ${i.acknowledged ? `${i.acknowledged.at} by ${i.acknowledged.by}` : 'no'} |`,
    `| Contained | ${i.containedAt ?? 'not by leakhound'} |`,
    `| Closed | ${i.closedAt ?? 'open'}${i.resolution ? ` (${i.resolution})` : ''} |`,
    `| Exposure window | ${exposure(i.exposureStart, end)} |`,
    `| Time to detect | ${since(i.exposureStart, i.openedAt)} from exposure |`,
    `| Time to contain | ${i.containedAt ? `${since(i.exposureStart, i.containedAt)} from exposure, ${duration(Date.parse(i.containedAt) - Date.parse(i.openedAt))} after detection` : 'n/a'} |`,
    '',
    '## Summary',
    '',
    summary(i, findings),
    '',
    '## Where it was found',
    '',
    ...i.locations.map(
      (l) =>
        `- \`${l.file}:${l.startLine}\`${l.commit ? ` in commit \`${l.commit.slice(0, 12)}\`` : ''}${
          l.author ? ` by ${l.author}` : ''
        }${l.date ? ` on ${l.date}` : ''}`,
    ),
    '',
    '## Actions',
  ];
  for (const phase of PHASES) {
    const steps = orderedSteps(i.steps, phase);
    if (steps.length === 0) continue;
    lines.push('', `### ${phase[0]!.toUpperCase()}${phase.slice(1)}`, '');
    for (const [id, s] of steps) {
      const who = s.status === 'task' ? 'open task for a person' : `${s.status} by ${s.by} at ${s.at}`;
      lines.push(`- [${MARK[s.status] ?? ' '}] ${stepTitle(id)}: ${who}${s.detail ? `. ${oneLine(s.detail)}` : ''}`);
    }
  }
  lines.push(...investigation(findings));
  lines.push(...notifications(timeline));
  lines.push(...reviewSections(i, findings.review));
  lines.push('', '## Timeline', '', '| When | Who | What |', '|---|---|---|');
  for (const e of timeline) lines.push(`| ${e.at} | ${e.actor} | ${oneLine(e.text).replace(/\|/g, '\\|')} |`);
  lines.push('');
  return lines.join('\n');
}

function summary(i: Incident, f: Findings): string {
  const how = i.containedAt ? `contained at ${i.containedAt}` : 'not contained by leakhound';
  const cause = f.review ? ` Root cause: ${oneLine(rootCauseText(f.review))}.` : '';
  return `A ${i.description} (\`${i.credential}\`) leaked in ${i.repo} (${i.visibility}); ${how}; ${i.closedAt ? `closed at ${i.closedAt} (${i.resolution ?? 'closed'})` : 'still open'}.${cause}`;
}

function notifications(timeline: TimelineEntry[]): string[] {
  const sent = timeline.filter((e) => NOTIFICATION_KINDS.has(e.kind));
  return [
    '',
    '## Notifications sent',
    '',
    ...(sent.length ? sent.map((e) => `- ${e.at}: ${oneLine(e.text)}`) : ['- none recorded']),
  ];
}

function reviewSections(i: Incident, r: Review | undefined): string[] {
  if (!r) {
    const why = i.resolution && i.resolution !== 'contained' ? ` (closed as ${i.resolution})` : '';
    return ['', '## Root cause', '', `Not reviewed${why}: nobody wrote a post-incident review.`];
  }
  const tasks = followUpTasks(r, i.repo);
  return [
    '',
    '## Root cause',
    '',
    `${oneLine(rootCauseText(r))} (review by ${r.by}, ${r.at})`,
    '',
    '## Lessons and follow-ups',
    '',
    `What failed: ${oneLine(r.whatFailed)}`,
    '',
    ...(tasks.length ? tasks.map((t) => `- [ ] ${oneLine(t)}`) : ['- no follow-ups']),
  ];
}

function investigation(f: Findings): string[] {
  const ct = f.cloudTrail;
  if (!ct && !f.github && !f.capabilities) return [];
  const out = ['', '## Investigation findings', ''];
  if (f.capabilities) {
    const c = f.capabilities;
    out.push(
      `- What an attacker could do with it (${c.provider}, checked ${c.at}): ${oneLine(c.summary)}. ${oneLine(c.reason)}.`,
    );
  }
  if (f.github) out.push(...githubFindingLines(f.github).map((l) => `- ${oneLine(l)}`));
  if (!ct) return out;
  out.push(`- ${summaryLine(ct)}`, ...breakdownLines(ct).map((l) => `  - ${oneLine(l)}`));
  if (ct.retentionNote) out.push(`- ${ct.retentionNote}`);
  for (const c of ct.flagged.slice(0, 10)) {
    const what = `${c.eventName}${c.target ? ` ${c.target}` : ''}`.replace(/`/g, "'");
    out.push(
      `- Flagged: ${c.at} \`${oneLine(what)}\` from ${c.sourceIp} in ${c.region}: ${oneLine(c.reasons.join('; '))}`,
    );
  }
  if (ct.flaggedTotal > 10) out.push(`- … and ${ct.flaggedTotal - 10} more flagged calls (see the incident page)`);
  return out;
}

function exposure(start: string | undefined, end: string | undefined): string {
  if (!start) return 'unknown start';
  if (!end) return `${start} → still exposed`;
  return `${start} → ${end} (${duration(Date.parse(end) - Date.parse(start))})`;
}

function since(start: string | undefined, end: string): string {
  return start ? duration(Date.parse(end) - Date.parse(start)) : 'unknown';
}

export function duration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'n/a';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  return [d ? `${d}d` : '', h ? `${h}h` : '', `${m % 60}m`].filter(Boolean).join(' ');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
