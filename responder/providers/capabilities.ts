// "What could an attacker do with it": read from what the provider told the live verification
// (GitHub's X-OAuth-Scopes, a Stripe key's kind and the permissions its 403 names, Slack's
// token scopes, user and team), said in words a responder can weigh. Pure.
import type { Verification } from '../../rules/provider.js';
import { providerById } from '../../rules/providers.js';

export interface Capabilities {
  provider: string;
  at: string;
  /** The provider's own answer (who the credential acts as, where). */
  reason: string;
  permissions: string[];
  /** One sentence: what the holder of the credential can do. */
  summary: string;
}

const GITHUB_SCOPES: Record<string, string> = {
  repo: 'read and write every repository the user can reach, private ones included',
  public_repo: 'write to public repositories',
  workflow: 'change GitHub Actions workflows (and so run code with the repositories’ secrets)',
  'admin:org': 'administer the organisations (members, teams, settings)',
  'write:org': 'manage organisation membership and teams',
  'admin:repo_hook': 'add webhooks that receive every push',
  'write:packages': 'publish packages',
  delete_repo: 'delete repositories',
  'admin:public_key': 'add SSH keys to the account',
  user: 'change the user’s profile and email',
  gist: 'write gists',
};

const SLACK_SCOPES: Record<string, string> = {
  'chat:write': 'post messages as the app',
  'channels:history': 'read public channels',
  'groups:history': 'read private channels it is in',
  'im:history': 'read direct messages',
  'files:read': 'download shared files',
  'users:read.email': 'list everyone’s email address',
  admin: 'administer the workspace',
};

export function attackerCapabilities(providerId: string, ruleId: string, v: Verification, at: Date): Capabilities {
  const name = providerById(providerId)?.name ?? providerId;
  const permissions = v.permissions ?? [];
  return {
    provider: name,
    at: at.toISOString(),
    reason: v.reason,
    permissions,
    summary: summary(providerId, ruleId, permissions, name),
  };
}

function summary(providerId: string, ruleId: string, permissions: string[], name: string): string {
  const meaning = (table: Record<string, string>) =>
    permissions.map((p) => (table[p] ? `${table[p]} (${p})` : p)).join('; ');
  if (providerId === 'github') {
    return permissions.length > 0
      ? `Act as the token’s user with scopes: ${meaning(GITHUB_SCOPES)}`
      : 'Act as the token’s user or app with its permissions (a fine-grained or app token does not list them)';
  }
  if (providerId === 'stripe') {
    if (ruleId === 'stripe-restricted-key') {
      return `Call the Stripe API with whatever this restricted key was granted${permissions.length ? ` (${permissions.join(', ')})` : ''}; its full permission list is on the dashboard's API keys page`;
    }
    return 'Use the whole Stripe API of the account: read customers and payments, refund, create payouts and change settings';
  }
  if (providerId === 'slack') {
    return permissions.length > 0
      ? `Use the Slack workspace within its scopes: ${meaning(SLACK_SCOPES)}`
      : 'Use the Slack workspace as the token’s user or bot, within scopes Slack did not list';
  }
  return permissions.length > 0
    ? `Use ${name} with: ${permissions.join(', ')}`
    : `Use ${name} with everything the credential’s owner may do there`;
}
