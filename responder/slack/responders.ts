// Slack buttons are an authorization boundary: anyone who can see the message (guests, the
// other company in a shared channel) can press them. A click changes an incident only when it
// comes from our workspace and channel, on the incident's own message, from one of
// LEAKHOUND_SLACK_RESPONDERS (a user id, or a member of a listed user group).
import type { Incident } from '../ledger/types.js';
import type { Services } from '../services.js';

export interface Click {
  user: string;
  team?: string;
  channel?: string;
  messageTs?: string;
}

export type Verdict = { ok: true } | { ok: false; reason: string; tell: string };

/** Group membership changes rarely; a minute of staleness keeps one lookup per burst of clicks. */
const GROUP_TTL_SECONDS = 60;
const teams = new Map<string, Promise<string>>();

export async function authorizeClick(s: Services, click: Click, incident: Incident): Promise<Verdict> {
  const { slack } = s;
  const cfg = s.config.slack;
  const refuse = (reason: string, tell = reason): Verdict => ({ ok: false, reason, tell });
  if (!slack)
    return refuse('the worker has no SLACK_BOT_TOKEN/SLACK_CHANNEL, so it cannot check who pressed the button');
  const team = cfg.teamId ?? (await ourTeam(s));
  if (click.team !== team) return refuse(`the click came from another Slack workspace (${click.team ?? 'none'})`);
  if (click.channel !== slack.channel)
    return refuse(`the click came from another channel (${click.channel ?? 'none'})`);
  if (incident.slack && click.messageTs && click.messageTs !== incident.slack.ts) {
    return refuse("the button is not on this incident's message");
  }
  return responderVerdict(s, click.user);
}

/**
 * A web action: the API token holder (checked by the HTTP layer, which sends no user), or a
 * person signed in with Slack, who must be a responder exactly as for a button in Slack.
 */
export async function authorizeWebAction(s: Services, user: string | undefined): Promise<Verdict> {
  if (user === undefined) return { ok: true };
  const groups = s.config.slack.responders.some((id) => id.startsWith('S'));
  if (!s.slack && groups && !s.config.slack.responders.includes(user)) {
    const why = 'the worker has no SLACK_BOT_TOKEN/SLACK_CHANNEL, so it cannot check the responder groups';
    return { ok: false, reason: why, tell: why };
  }
  return responderVerdict(s, user);
}

async function responderVerdict(s: Services, user: string): Promise<Verdict> {
  const cfg = s.config.slack;
  const refuse = (reason: string, tell = reason): Verdict => ({ ok: false, reason, tell });
  if (cfg.responders.length === 0) {
    const why = 'LEAKHOUND_SLACK_RESPONDERS is not set, so nobody may change incidents from Slack';
    return refuse(why, `${why}; ask whoever runs leakhound to list the security responders in it.`);
  }
  if (cfg.responders.includes(user)) return { ok: true };
  for (const group of cfg.responders.filter((id) => id.startsWith('S'))) {
    if ((await groupMembers(s, group)).includes(user)) return { ok: true };
  }
  const who = cfg.responders.map((id) => (id.startsWith('S') ? `<!subteam^${id}>` : `<@${id}>`)).join(', ');
  return refuse(
    'not one of the security responders (LEAKHOUND_SLACK_RESPONDERS)',
    `Only the security responders (${who}) can do this. Nothing changed.`,
  );
}

async function ourTeam(s: Services): Promise<string> {
  const key = s.config.slack.botToken ?? '';
  let team = teams.get(key);
  if (!team) {
    team = s.slack!.teamId();
    teams.set(key, team);
    team.catch(() => teams.delete(key));
  }
  return team;
}

async function groupMembers(s: Services, group: string): Promise<string[]> {
  const key = s.keys.slackGroup(group);
  const cached = await s.redis.get(key);
  if (cached) return JSON.parse(cached) as string[];
  const members = await s.slack!.groupMembers(group);
  await s.redis.set(key, JSON.stringify(members), 'EX', GROUP_TTL_SECONDS);
  return members;
}
