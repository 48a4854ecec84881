// Phase 3, notification: a Slack DM to each person connected to the leak (recipients.ts),
// found with users.lookupByEmail. Every outcome is on the timeline — "DM sent to …", or "no
// Slack user for …" with the reason — which is also what the report lists under
// "Notifications sent". A person is messaged once per round, however often the job runs.
import type { JobContext } from '../queue/context.js';
import { isNoreply } from '../people/email.js';
import { leakMessage, type Role } from '../people/messages.js';
import { credentialOwners } from '../people/owner.js';
import { recipients } from '../people/recipients.js';
import { throttled } from '../slack/rate-limit.js';
import { loadIncident, notifySlack } from './record.js';

const ROLE_NAMES: Record<Role, string> = { author: 'commit author', pusher: 'pusher', owner: 'credential owner' };

export async function notifyPeople(ctx: JobContext, incidentId: string): Promise<string> {
  const { ledger } = ctx.s;
  const incident = await loadIncident(ctx, incidentId);
  const round = incident.round;
  const { contacts, problems } = await credentialOwners(ctx.s, incident);
  for (const p of problems) {
    await ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'notification',
      text: p,
      key: `owner-lookup:${round}:${p}`,
    });
  }
  const people = recipients(incident, contacts);
  const slack = ctx.s.slack;
  if (people.length === 0 || !slack) {
    const why = !slack
      ? 'Slack is not configured (SLACK_BOT_TOKEN)'
      : 'no author, pusher or owner has a usable email address';
    await ledger.append(incidentId, {
      actor: 'leakhound',
      kind: 'notification',
      text: `nobody was messaged directly: ${why}`,
      key: `notify-none:${round}`,
    });
    await notifySlack(ctx, incidentId, `notify-none:${round}`);
    return 'nobody';
  }
  let sent = 0;
  for (const r of people) {
    const as = r.roles.map((x) => ROLE_NAMES[x]).join(' and ');
    const marker = `notified:${round}:${r.email}`;
    if (await ledger.getField(incidentId, marker)) continue;
    let outcome: string;
    if (isNoreply(r.email)) {
      outcome = `no Slack user for ${r.email} (${as}): a GitHub no-reply address reaches nobody; tell them another way`;
    } else {
      const user = await throttled(ctx, () => slack.userByEmail(r.email));
      if (!user) {
        outcome = `no Slack user for ${r.email} (${as}): users.lookupByEmail found nobody with that address; tell them another way`;
      } else {
        await throttled(ctx, () => slack.dm(user, leakMessage(incident, r.roles, r.ownerSource)));
        outcome = `DM sent to ${r.email} (Slack user ${user}) as the ${as}${r.ownerSource ? `, from the ${r.ownerSource}` : ''}`;
        sent++;
      }
    }
    await ledger.setFields(incidentId, { [marker]: new Date().toISOString() });
    await ledger.append(incidentId, {
      actor: 'leakhound',
      kind: outcome.startsWith('DM sent') ? 'notified' : 'not-notified',
      text: outcome,
      key: marker,
    });
  }
  await notifySlack(ctx, incidentId, `notified:${round}`);
  return `messaged ${sent} of ${people.length}`;
}
