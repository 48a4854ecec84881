// Paging the channel: a message of its own (not a thread reply, which nobody is notified of)
// with the configured mention, for findings that cannot wait for someone to read the thread —
// possible attacker activity, a contained key used again. Once per incident and reason.
import type { Incident } from '../ledger/types.js';
import type { JobContext } from '../queue/context.js';
import { jobId } from '../queue/producer.js';

export async function pageChannel(ctx: JobContext, incident: Incident, reason: string, what: string): Promise<void> {
  const mention = ctx.s.config.slack.pageMention;
  // `what` quotes CloudTrail records an attacker can shape: no mentions or links of theirs.
  const text = `${mention ? `${mention} ` : ''}:rotating_light: Leaked ${esc(incident.description)} \`${esc(incident.credential)}\` in ${esc(incident.repo)} (incident \`${incident.id}\`): ${esc(ctx.scrubber.text(what))}`;
  await ctx.s.producer.add('notify', 'slack-alert', { text }, jobId('slack-page', incident.id, incident.round, reason));
  await ctx.s.ledger.append(incident.id, {
    actor: 'leakhound',
    kind: 'paged',
    text: `paged the channel${mention ? ` (${mentionName(mention)})` : ''}: ${ctx.scrubber.text(what)}`,
    key: `paged:${reason}`,
  });
}

function mentionName(m: string): string {
  return m
    .replace(/^<!subteam\^(\w+)>$/, 'user group $1')
    .replace(/^<!(\w+)>$/, '@$1')
    .replace(/^<@(\w+)>$/, 'user $1');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
