// Parsers for single configuration values: each error names the variable, says what was
// expected and shows an example, and never echoes a secret.
import { ConfigError } from '../scanner/errors.js';

export function clusterNodes(v: string | undefined, url: string | undefined): string[] {
  if (v === undefined) return [];
  if (url !== undefined) {
    throw new ConfigError(
      'REDIS_URL and REDIS_CLUSTER_NODES are both set: use REDIS_CLUSTER_NODES for a Redis Cluster, REDIS_URL otherwise',
    );
  }
  const nodes = v.split(/[\s,]+/).filter(Boolean);
  for (const n of nodes) {
    if (!/^[\w.-]+:\d{1,5}$/.test(n)) {
      throw new ConfigError(
        `REDIS_CLUSTER_NODES: ${n} is not host:port, e.g. REDIS_CLUSTER_NODES=redis-1:6379,redis-2:6379`,
      );
    }
  }
  return nodes;
}

export function serverUrl(v: string): string {
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/i.test(v)) {
    throw new ConfigError(
      `GITHUB_SERVER_URL=${v}: expected an https:// URL, e.g. GITHUB_SERVER_URL=https://github.example.com`,
    );
  }
  return v.replace(/\/+$/, '');
}

export function urlTemplate(v: string | undefined): string | undefined {
  if (v !== undefined && !/^(https|file):\/\//i.test(v)) {
    throw new ConfigError(
      `LEAKHOUND_GIT_URL_TEMPLATE=${v}: expected an https:// (or file://) URL, e.g. https://git-mirror.example.com/{owner}/{repo}.git`,
    );
  }
  return v;
}

export function isoDate(v: string): number {
  const t = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new ConfigError(
      `GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL=${v}: expected an ISO date, e.g. 2026-12-31 or 2026-12-31T12:00:00Z`,
    );
  }
  return t;
}

export function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}=${raw}: expected a whole number from ${min} to ${max}, e.g. ${name}=${fallback}`);
  }
  return n;
}

export function prefix(p: string): string {
  if (!/^[a-z0-9][a-z0-9_-]{0,31}$/i.test(p)) {
    throw new ConfigError(
      `LEAKHOUND_REDIS_PREFIX=${p}: expected letters, digits, '-' or '_' (no ':' or braces), e.g. leakhound`,
    );
  }
  return p;
}

export function slackId(v: string | undefined, name: string, pattern: RegExp, example: string): string | undefined {
  if (v !== undefined && !pattern.test(v)) {
    throw new ConfigError(`${name}=${v}: expected a Slack id like ${example}`);
  }
  return v;
}

export function responders(v: string | undefined): string[] {
  const ids = (v ?? '').split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!/^[UWS][A-Z0-9]{2,}$/.test(id)) {
      throw new ConfigError(
        `LEAKHOUND_SLACK_RESPONDERS: ${id} is not a Slack user id (U…/W…) or user-group id (S…), e.g. LEAKHOUND_SLACK_RESPONDERS=U012ABCDEF,S0SECOPS`,
      );
    }
  }
  return ids;
}

/** Who a page about possible attacker activity notifies: `here` (default), `channel`, `none`, a user group or a user. */
export function pageMention(v: string | undefined): string {
  const m = v ?? 'here';
  if (m === 'none') return '';
  if (m === 'here' || m === 'channel') return `<!${m}>`;
  if (/^S[A-Z0-9]{2,}$/.test(m)) return `<!subteam^${m}>`;
  if (/^[UW][A-Z0-9]{2,}$/.test(m)) return `<@${m}>`;
  throw new ConfigError(
    `LEAKHOUND_SLACK_PAGE_MENTION=${m.slice(0, 40)}: expected here, channel, none, a user-group id (S…) or a user id (U…), e.g. LEAKHOUND_SLACK_PAGE_MENTION=S0SECOPS`,
  );
}
