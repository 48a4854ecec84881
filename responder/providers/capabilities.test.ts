import { describe, expect, it } from 'vitest';
import { attackerCapabilities } from './capabilities.js';

const at = new Date('2026-12-01T00:00:00Z');

describe('what an attacker could do with a live credential', () => {
  it.each([
    [
      'github',
      'github-pat',
      {
        state: 'live',
        reason: 'GitHub accepts the token as leaky-user; scopes: repo, workflow',
        permissions: ['repo', 'workflow'],
      },
      /^Act as the token’s user with scopes: read and write every repository .* \(repo\); change GitHub Actions workflows .* \(workflow\)$/,
    ],
    ['github', 'github-fine-grained-pat', { state: 'live', reason: 'GitHub accepts the token' }, /does not list them/],
    [
      'stripe',
      'stripe-restricted-key',
      { state: 'live', reason: 'restricted', permissions: ['lacks rak_balance_read'] },
      /^Call the Stripe API with whatever this restricted key was granted \(lacks rak_balance_read\)/,
    ],
    ['stripe', 'stripe-secret-key', { state: 'live', reason: 'live mode' }, /^Use the whole Stripe API of the account/],
    [
      'slack',
      'slack-bot-token',
      { state: 'live', reason: 'Slack accepts the token as bot in Acme', permissions: ['chat:write', 'custom:thing'] },
      /^Use the Slack workspace within its scopes: post messages as the app \(chat:write\); custom:thing$/,
    ],
    ['openai', 'openai-api-key', { state: 'live', reason: 'OpenAI accepts the key' }, /^Use OpenAI with everything/],
  ] as const)('%s %s', (provider, rule, v, summary) => {
    const c = attackerCapabilities(
      provider,
      rule,
      { ...v, permissions: 'permissions' in v ? [...v.permissions] : undefined },
      at,
    );
    expect(c.summary).toMatch(summary);
    expect(c).toMatchObject({ at: at.toISOString(), reason: v.reason });
  });
});
