// The GitHub part of the investigation, once per round after the incident opened: asks GitHub
// (responder/github/investigate.ts), keeps the findings on the incident for the page and the
// report, and writes them to the timeline (and so to the Slack thread).
import { octokitFor } from '../github/auth.js';
import { githubFindingLines, investigateRepository } from '../github/investigate.js';
import { writeGitHubFindings } from '../ledger/investigation.js';
import type { JobContext } from '../queue/context.js';
import { loadIncident, notifySlack } from './record.js';

export async function investigateGitHub(ctx: JobContext, incidentId: string): Promise<string> {
  const incident = await loadIncident(ctx, incidentId);
  const octokit = await octokitFor(ctx.s.config.github, incident.installationId, {
    repo: incident.repo,
    scope: 'contents',
  });
  const findings = await investigateRepository(
    octokit,
    incident.repo,
    incident.locations.map((l) => ({ sha: l.commit, author: l.author, email: l.email })),
    incident.pushedBy,
  );
  await writeGitHubFindings(ctx.s.ledger, incidentId, findings);
  await ctx.s.ledger.append(incidentId, {
    actor: 'leakhound',
    kind: 'investigation',
    text: ctx.scrubber.text(githubFindingLines(findings).join('. ')),
    key: `github:round:${incident.round}`,
  });
  await notifySlack(ctx, incidentId, `github-investigation:${incident.round}`);
  return `${findings.commits.length} commits, ${findings.failures.length} questions unanswered`;
}
