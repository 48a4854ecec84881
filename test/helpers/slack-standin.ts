// Slack's Web API as far as leakhound uses it (chat.postMessage, chat.update, users.lookupByEmail,
// conversations.open, views.open…), reached by @slack/bolt's client through `slackApiUrl`.
// Records what was posted and which modals were opened.
import { startStandIn, type StandIn } from './http-standin.js';

export interface SlackPost {
  method: 'chat.postMessage' | 'chat.update' | 'chat.postEphemeral';
  channel: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  ts?: string;
  user?: string;
}

export interface SlackStandIn extends StandIn {
  /** The API base URL to configure as SLACK_API_URL. */
  apiUrl: string;
  posts(): SlackPost[];
  /** When set, every call fails with this Slack error (e.g. `ratelimited`). */
  failWith?: string;
  /** User groups for usergroups.users.list: group id → member ids. */
  groups: Map<string, string[]>;
  /** The workspace auth.test reports. */
  teamId: string;
  /** The next this-many chat calls answer 429 with `Retry-After: 1`, as Slack does when rate limited. */
  rateLimitNext: number;
  /** Workspace members by email, for users.lookupByEmail. */
  users: Map<string, string>;
  /** Modals opened with views.open: the trigger id and the view. */
  views(): { triggerId: string; view: Record<string, unknown> }[];
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
          if (standIn.rateLimitNext > 0) {
            standIn.rateLimitNext--;
            return { status: 429, headers: { 'retry-after': '1' }, json: { ok: false, error: 'ratelimited' } };
          }
          if (req.headers.authorization !== `Bearer ${botToken}`) {
            return { json: { ok: false, error: 'invalid_auth' } };
          }
          const p = parse(req.body, req.headers['content-type']);
          const ts = method === 'chat.update' ? p.ts : `1700000000.${String(++counter).padStart(6, '0')}`;
          return { json: { ok: true, channel: p.channel ?? 'C0', ts, message: { text: p.text } } };
        },
      ],
      [
        'POST',
        /^\/api\/chat\.postEphemeral$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          return { json: { ok: true, message_ts: `1700000001.${String(++counter).padStart(6, '0')}` } };
        },
      ],
      [
        'POST',
        /^\/api\/auth\.test$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          return { json: { ok: true, team_id: standIn.teamId, user_id: 'U0LEAKHOUND', bot_id: 'B0LEAKHOUND' } };
        },
      ],
      [
        'POST',
        /^\/api\/users\.lookupByEmail$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          const email = String(parse(req.body, req.headers['content-type']).email ?? '');
          const id = standIn.users.get(email.toLowerCase());
          return {
            json: id ? { ok: true, user: { id, team_id: standIn.teamId } } : { ok: false, error: 'users_not_found' },
          };
        },
      ],
      [
        'POST',
        /^\/api\/conversations\.open$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          const users = String(parse(req.body, req.headers['content-type']).users ?? '');
          if (!/^[UW][A-Z0-9]+$/.test(users)) return { json: { ok: false, error: 'user_not_found' } };
          return { json: { ok: true, channel: { id: `D${users.slice(1)}` } } };
        },
      ],
      [
        'POST',
        /^\/api\/views\.open$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          const p = parse(req.body, req.headers['content-type']);
          if (!p.trigger_id) return { json: { ok: false, error: 'invalid_trigger_id' } };
          return { json: { ok: true, view: { id: `V${++counter}` } } };
        },
      ],
      [
        'POST',
        /^\/api\/usergroups\.users\.list$/,
        (req) => {
          if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
          const group = String(parse(req.body, req.headers['content-type']).usergroup ?? '');
          const users = standIn.groups.get(group);
          return { json: users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' } };
        },
      ],
    ]),
    {
      apiUrl: '',
      posts: () => [] as SlackPost[],
      groups: new Map<string, string[]>(),
      teamId: 'T0TEAM',
      rateLimitNext: 0,
      users: new Map<string, string>(),
      views: () => [] as { triggerId: string; view: Record<string, unknown> }[],
    },
  );
  standIn.apiUrl = `${standIn.url}/api/`;
  standIn.posts = () =>
    standIn.requests
      .filter((r) => /chat\.(postMessage|update|postEphemeral)/.test(r.path))
      .map((r) => {
        const p = parse(r.body, r.headers['content-type']);
        const blocks =
          typeof p.blocks === 'string'
            ? (JSON.parse(p.blocks) as unknown[])
            : ((p.blocks as unknown[] | undefined) ?? []);
        return {
          method: r.path.includes('update')
            ? 'chat.update'
            : r.path.includes('Ephemeral')
              ? 'chat.postEphemeral'
              : 'chat.postMessage',
          channel: String(p.channel ?? ''),
          text: String(p.text ?? ''),
          blocks,
          ...(p.thread_ts ? { threadTs: String(p.thread_ts) } : {}),
          ...(p.ts ? { ts: String(p.ts) } : {}),
          ...(p.user ? { user: String(p.user) } : {}),
        } as SlackPost;
      });
  standIn.views = () =>
    standIn.requests
      .filter((r) => r.path.endsWith('/views.open'))
      .map((r) => {
        const p = parse(r.body, r.headers['content-type']);
        const view = typeof p.view === 'string' ? JSON.parse(p.view) : p.view;
        return { triggerId: String(p.trigger_id ?? ''), view: view as Record<string, unknown> };
      });
  return standIn;
}

function parse(body: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(body));
}
