// Slack's Web API as far as leakhound uses it (chat.postMessage, chat.update), reached by
// @slack/bolt's client through `slackApiUrl`. Records what was posted.
import { startStandIn, type StandIn } from './http-standin.js';

export interface SlackPost {
  method: 'chat.postMessage' | 'chat.update';
  channel: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  ts?: string;
}

export interface SlackStandIn extends StandIn {
  /** The API base URL to configure as SLACK_API_URL. */
  apiUrl: string;
  posts(): SlackPost[];
  /** When set, every call fails with this Slack error (e.g. `ratelimited`). */
  failWith?: string;
}

export async function startSlackStandIn(botToken: string): Promise<SlackStandIn> {
  let counter = 0;
  const standIn: SlackStandIn = Object.assign(
    await startStandIn([
      [
        'POST',
        /^\/api\/(chat\.postMessage|chat\.update)$/,
        (req, [method]) => {
          if (standIn.failWith) return { json: { ok: false, error: standIn.failWith } };
          if (req.headers.authorization !== `Bearer ${botToken}`) {
            return { json: { ok: false, error: 'invalid_auth' } };
          }
          const p = parse(req.body, req.headers['content-type']);
          const ts = method === 'chat.update' ? p.ts : `1700000000.${String(++counter).padStart(6, '0')}`;
          return { json: { ok: true, channel: p.channel ?? 'C0', ts, message: { text: p.text } } };
        },
      ],
    ]),
    { apiUrl: '', posts: () => [] as SlackPost[] },
  );
  standIn.apiUrl = `${standIn.url}/api/`;
  standIn.posts = () =>
    standIn.requests
      .filter((r) => /chat\.(postMessage|update)/.test(r.path))
      .map((r) => {
        const p = parse(r.body, r.headers['content-type']);
        const blocks =
          typeof p.blocks === 'string'
            ? (JSON.parse(p.blocks) as unknown[])
            : ((p.blocks as unknown[] | undefined) ?? []);
        return {
          method: r.path.includes('update') ? 'chat.update' : 'chat.postMessage',
          channel: String(p.channel ?? ''),
          text: String(p.text ?? ''),
          blocks,
          ...(p.thread_ts ? { threadTs: String(p.thread_ts) } : {}),
          ...(p.ts ? { ts: String(p.ts) } : {}),
        } as SlackPost;
      });
  return standIn;
}

function parse(body: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(body));
}
