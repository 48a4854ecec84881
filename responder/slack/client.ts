// Posting to Slack from workers, with Bolt's Web API client. Retries are the job queue's, so
// the client fails fast, and on a rate limit throws with `retryAfter` (seconds) for the shared
// limiter (rate-limit.ts) instead of sleeping inside a job.
import { webApi } from '@slack/bolt';
import type { ResponderConfig } from '../config.js';

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

export interface SlackPoster {
  channel: string;
  post(message: SlackMessage, threadTs?: string): Promise<{ ts: string; channel: string }>;
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** A message only `user` sees (chat.postEphemeral). */
  ephemeral(channel: string, user: string, text: string): Promise<void>;
  /** Members of a user group (usergroups.users.list; scope `usergroups:read`). */
  groupMembers(groupId: string): Promise<string[]>;
  /** The workspace the bot token belongs to (auth.test). */
  teamId(): Promise<string>;
  /** The Slack user with this email, or undefined when there is none (users.lookupByEmail; scope `users:read.email`). */
  userByEmail(email: string): Promise<string | undefined>;
  /** A direct message from the app (conversations.open + chat.postMessage; scope `im:write`). */
  dm(user: string, message: SlackMessage): Promise<void>;
  /** Opens a modal for the click that carried `triggerId` (views.open; valid for 3 s after the click). */
  openView(triggerId: string, view: unknown): Promise<void>;
}

/** Null when Slack is not configured: then alerts go to the log only. */
export function slackPoster(config: ResponderConfig['slack']): SlackPoster | null {
  if (!config.botToken || !config.channel) return null;
  const channel = config.channel;
  const client = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logLevel: webApi.LogLevel.ERROR,
  });
  return {
    channel,
    async post(message, threadTs) {
      const r = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks as never,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        unfurl_links: false,
      });
      if (!r.ts) throw new Error('Slack chat.postMessage answered without a message ts');
      return { ts: r.ts, channel: r.channel ?? channel };
    },
    async update(ch, ts, message) {
      await client.chat.update({ channel: ch, ts, text: message.text, blocks: message.blocks as never });
    },
    async ephemeral(ch, user, text) {
      await client.chat.postEphemeral({ channel: ch, user, text });
    },
    async groupMembers(groupId) {
      const r = await client.usergroups.users.list({ usergroup: groupId });
      return r.users ?? [];
    },
    async teamId() {
      const r = await client.auth.test();
      if (!r.team_id) throw new Error('Slack auth.test answered without a team_id');
      return r.team_id;
    },
    async userByEmail(email) {
      try {
        const r = await client.users.lookupByEmail({ email });
        return r.user?.id;
      } catch (err) {
        if ((err as { data?: { error?: string } }).data?.error === 'users_not_found') return undefined;
        throw err;
      }
    },
    async dm(user, message) {
      const open = await client.conversations.open({ users: user });
      const id = open.channel?.id;
      if (!id) throw new Error('Slack conversations.open answered without a channel id');
      await client.chat.postMessage({
        channel: id,
        text: message.text,
        blocks: message.blocks as never,
        unfurl_links: false,
      });
    },
    async openView(triggerId, view) {
      await client.views.open({ trigger_id: triggerId, view: view as never });
    },
  };
}
