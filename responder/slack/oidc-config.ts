// "Sign in with Slack" for the incident pages (OpenID Connect), configured by
// LEAKHOUND_SLACK_CLIENT_ID, LEAKHOUND_SLACK_CLIENT_SECRET and LEAKHOUND_SLACK_REDIRECT_URL,
// all three or none, and only together with SLACK_TEAM_ID: a sign-in is accepted from that
// one workspace only.
import { ConfigError } from '../../scanner/errors.js';

export interface SlackOidcConfig {
  clientId: string;
  clientSecret: string;
  /** Where Slack sends the browser back: `https://<host>/ui/auth/slack/callback`. */
  redirectUrl: string;
  /** Slack's own origin, `https://slack.com`; overridable for a stand-in in tests. */
  baseUrl: string;
  teamId: string;
}

/** The issuer every Slack id_token names, whatever URL it was fetched from. */
export const SLACK_ISSUER = 'https://slack.com';

export function slackOidc(
  read: (name: string) => string | undefined,
  teamId: string | undefined,
): SlackOidcConfig | undefined {
  const clientId = read('LEAKHOUND_SLACK_CLIENT_ID');
  const clientSecret = read('LEAKHOUND_SLACK_CLIENT_SECRET');
  const redirectUrl = read('LEAKHOUND_SLACK_REDIRECT_URL');
  const given = [clientId, clientSecret, redirectUrl].filter((v) => v !== undefined).length;
  if (given === 0) return undefined;
  if (!clientId || !clientSecret || !redirectUrl) {
    throw new ConfigError(
      'Sign in with Slack needs LEAKHOUND_SLACK_CLIENT_ID, LEAKHOUND_SLACK_CLIENT_SECRET and LEAKHOUND_SLACK_REDIRECT_URL together (the Slack app\'s "OAuth & Permissions" page), e.g. LEAKHOUND_SLACK_REDIRECT_URL=https://leakhound.example.com/ui/auth/slack/callback',
    );
  }
  if (!teamId) {
    throw new ConfigError(
      'Sign in with Slack is configured without SLACK_TEAM_ID: set the workspace whose members may sign in, e.g. SLACK_TEAM_ID=T0123ABCD',
    );
  }
  const u = safeUrl(redirectUrl);
  if (!u?.pathname.endsWith('/ui/auth/slack/callback') || (u.protocol !== 'https:' && !loopback(u))) {
    throw new ConfigError(
      `LEAKHOUND_SLACK_REDIRECT_URL: expected the https URL of /ui/auth/slack/callback on this service, e.g. https://leakhound.example.com/ui/auth/slack/callback`,
    );
  }
  const base = (read('LEAKHOUND_SLACK_OIDC_URL') ?? SLACK_ISSUER).replace(/\/+$/, '');
  const b = safeUrl(base);
  if (!b || (b.protocol !== 'https:' && !loopback(b))) {
    throw new ConfigError('LEAKHOUND_SLACK_OIDC_URL: expected an https URL, e.g. https://slack.com');
  }
  return { clientId, clientSecret, redirectUrl, baseUrl: base, teamId };
}

function safeUrl(v: string): URL | undefined {
  try {
    return new URL(v);
  } catch {
    return undefined;
  }
}

function loopback(u: URL): boolean {
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}
