// Which GitLab a token is sent to. A self-managed instance's token works only there, and the
// host next to a leaked token (its remote URL, CI_SERVER_URL) usually says which one. But that
// text is attacker-controlled: anyone can commit a token beside a URL of their own server to
// harvest whatever leakhound sends. So a nearby host is used only when the operator lists it in
// LEAKHOUND_GITLAB_HOSTS; otherwise the token goes to gitlab.com or LEAKHOUND_GITLAB_API_URL.
import { ProviderConfigError } from '../provider-http.js';
import type { Credential, ProviderContext } from '../provider.js';

export const HOSTS_VARIABLE = 'LEAKHOUND_GITLAB_HOSTS';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/;

/**
 * The trusted hosts, `host[:port]` → origin. An entry is a host name (`gitlab.example.com`,
 * reached over https) or an origin (`https://gitlab.example.com:8443`; `http://` for loopback only).
 */
export function trustedGitlabHosts(env: ProviderContext['env']): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of (env[HOSTS_VARIABLE] ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    let url: URL | undefined;
    try {
      url = new URL(entry.includes('://') ? entry : `https://${entry}`);
    } catch {
      url = undefined;
    }
    const plain = url && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)));
    if (
      !url ||
      !plain ||
      !HOST.test(url.host) ||
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      url.pathname !== '/'
    ) {
      throw new ProviderConfigError(
        `${HOSTS_VARIABLE} has an entry that is not a host name or origin: expected e.g. gitlab.example.com,https://git.example.org:8443`,
      );
    }
    out.set(url.host, url.origin);
  }
  return out;
}

/** The origin of a trusted host named near the credential, or undefined (use gitlab.com / the override). */
export function gitlabOrigin(c: Pick<Credential, 'hosts'>, ctx: Pick<ProviderContext, 'env'>): string | undefined {
  if (!c.hosts?.length) return undefined;
  const trusted = trustedGitlabHosts(ctx.env);
  for (const h of c.hosts) {
    const origin = trusted.get(h.toLowerCase());
    if (origin) return origin;
  }
  return undefined;
}
