// The hosts named in URLs around a match, for rules of self-hostable services: a GitLab token
// beside `https://gitlab.example.com/...`, inside a remote URL (`https://oauth2:TOKEN@host/...`,
// `git@host:group/repo.git`) or a .gitlab-ci.yml's `CI_SERVER_URL`. Only a hint: the provider
// sends a secret to such a host only when the configuration lists it (rules/gitlab/hosts.ts).
import type { LineIndex } from './line-index.js';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const NAME = `(?:${LABEL}(?:\\.${LABEL})+|localhost)`;
// scheme://[userinfo@]host[:port] and scp-like user@host:path.
const URL_HOST = new RegExp(
  `(?:\\b(?:https?|ssh|git)://(?:[^\\s/@'"]{0,200}@)?(${NAME})(?::(\\d{1,5}))?)|(?:\\b[\\w.-]{1,64}@(${NAME}):(?!\\d))`,
  'gi',
);
const MAX_TEXT = 65_536;
const MAX_HOSTS = 5;

/** `host` or `host:port`, lower-case, in order of appearance, at most five. */
export function hostsIn(text: string): string[] {
  const hosts: string[] = [];
  for (const m of text.slice(0, MAX_TEXT).matchAll(URL_HOST)) {
    const host = (m[1] ?? m[3])!.toLowerCase();
    const h = m[2] ? `${host}:${m[2]}` : host;
    if (!hosts.includes(h)) hosts.push(h);
    if (hosts.length === MAX_HOSTS) break;
  }
  return hosts;
}

/** Hosts on the match's lines and `around` lines either side. */
export function hostsNear(lines: LineIndex, startLine: number, endLine: number, around: number): string[] {
  return hostsIn(lines.lines(Math.max(1, startLine - around), endLine + around));
}
