// The direct message to a person connected to a leak: what leaked (redacted: the ledger never
// holds the secret), what leakhound already did, and what this person has to do now. Pure;
// built from the ledger only.
import { openTasks, orderedSteps, stepTitle } from '../playbook/playbook.js';
import type { Incident } from '../ledger/types.js';
import type { SlackMessage } from '../slack/client.js';

export type Role = 'author' | 'pusher' | 'owner';

const ROLE_TEXT: Record<Role, string> = {
  author: 'you committed it',
  pusher: 'you pushed it',
  owner: 'you are named as its owner',
};

/** The command the review's "add the pre-commit hook" follow-up and these messages point to. */
export const HOOK_COMMAND = 'leakhound hook install';

export function leakMessage(i: Incident, roles: Role[], ownerSource?: string): SlackMessage {
  const loc = i.locations[0];
  const where = loc
    ? `\`${esc(loc.file)}:${loc.startLine}\`${loc.commit ? ` (commit \`${loc.commit.slice(0, 12)}\`)` : ''}`
    : 'an unknown place';
  const why = roles.map((r) => (r === 'owner' && ownerSource ? `${ROLE_TEXT[r]} (${esc(ownerSource)})` : ROLE_TEXT[r]));
  const leaked = `*A ${esc(i.description)} leaked in ${esc(i.repo)}* (${i.visibility}), and ${why.join(' and ')}.\nCredential: \`${esc(i.credential)}\` (shown redacted) at ${where}.`;
  const done = orderedSteps(i.steps)
    .filter(([, s]) => s.status === 'done' && s.by === 'leakhound')
    .map(([id]) => `• ${stepTitle(id)}`);
  const already = done.length > 0 ? done.join('\n') : '• Opened an incident for the security team; nothing else yet.';
  const next: string[] = [];
  if (roles.includes('owner')) {
    next.push(
      '• Make sure every service that used this credential now has its replacement, and tell the security team what used it.',
    );
  }
  if (roles.includes('author') || roles.includes('pusher')) {
    next.push(
      '• Do not use, copy or re-commit this credential again, even where it still seems to work.',
      '• Keep your branches: once the history is rewritten, re-clone instead of pushing old commits back.',
      `• Install the pre-commit hook in your clone so this is caught before it is committed: \`${HOOK_COMMAND}\``,
    );
  }
  const tasks = openTasks(i.steps);
  if (tasks.length > 0)
    next.push(
      `• The security team still has to: ${tasks.map((t) => stepTitle(t)).join('; ')}. Answer them if they ask you.`,
    );
  const text = `${leaked}\n\n*What leakhound already did*\n${already}\n\n*What you need to do now*\n${next.join('\n')}`;
  return {
    text: `A ${i.description} leaked in ${i.repo}: what happened and what to do`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 2900) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `leakhound incident \`${i.id}\`` }] },
    ],
  };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
