import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../scanner/errors.js';
import { loadResponderConfig, startupWarnings } from './config.js';

const base = { GITHUB_WEBHOOK_SECRET: 'whsec-test', LEAKHOUND_ENCRYPTION_KEY: randomBytes(32).toString('base64') };

describe('loadResponderConfig', () => {
  it('fills in defaults', () => {
    const c = loadResponderConfig(base, 'serve');
    expect(c).toMatchObject({
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'leakhound',
      webhookSecrets: ['whsec-test'],
    });
    expect(c.aws.quarantinePolicyArn).toBe('arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3');
  });

  it('reads the Slack responders: user ids and user-group ids, separated by commas or spaces', () => {
    const c = loadResponderConfig({ ...base, LEAKHOUND_SLACK_RESPONDERS: ' U012ABC, W0ENT S0SECOPS ' }, 'worker');
    expect(c.slack.responders).toEqual(['U012ABC', 'W0ENT', 'S0SECOPS']);
    expect(loadResponderConfig(base, 'worker').slack.responders).toEqual([]);
  });

  it('passes the trusted GitLab hosts to the providers', () => {
    const c = loadResponderConfig({ ...base, LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com' }, 'worker');
    expect(c.providers.env.LEAKHOUND_GITLAB_HOSTS).toBe('gitlab.example.com');
  });

  it('accepts a previous webhook secret during rotation', () => {
    const c = loadResponderConfig(
      { ...base, GITHUB_WEBHOOK_SECRET_PREVIOUS: 'old', GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: '2030-01-31' },
      'serve',
    );
    expect(c.webhookSecrets).toEqual(['whsec-test', 'old']);
    expect(c.previousSecretUntil).toBe(Date.parse('2030-01-31'));
  });

  it('warns once when a worker has no GitHub credentials (alerts cannot be fetched)', () => {
    expect(startupWarnings(loadResponderConfig(base, 'worker'), 'worker')).toEqual([
      expect.stringMatching(/neither GITHUB_TOKEN nor GITHUB_APP_ID.*secret scanning alerts cannot be fetched/),
    ]);
    expect(startupWarnings(loadResponderConfig({ ...base, GITHUB_TOKEN: 't' }, 'worker'), 'worker')).toEqual([]);
  });

  it.each([
    [
      'serve without a webhook secret',
      { LEAKHOUND_ENCRYPTION_KEY: base.LEAKHOUND_ENCRYPTION_KEY },
      'serve',
      /GITHUB_WEBHOOK_SECRET is not set/,
    ],
    [
      'a worker without an encryption key',
      { GITHUB_WEBHOOK_SECRET: 'x' },
      'worker',
      /LEAKHOUND_ENCRYPTION_KEY is not set/,
    ],
    ['a short encryption key', { ...base, LEAKHOUND_ENCRYPTION_KEY: 'c2hvcnQ=' }, 'worker', /must be 32 random bytes/],
    [
      'a port that is not a number',
      { ...base, PORT: 'http' },
      'serve',
      /PORT=http: expected a whole number from 0 to 65535, e\.g\. PORT=3000/,
    ],
    [
      'a prefix that would break hash tags',
      { ...base, LEAKHOUND_REDIS_PREFIX: '{x}' },
      'serve',
      /LEAKHOUND_REDIS_PREFIX/,
    ],
    [
      'half a GitHub App',
      { ...base, GITHUB_APP_ID: '1' },
      'serve',
      /GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY go together/,
    ],
    [
      'a responder that is not a Slack user or group id',
      { ...base, LEAKHOUND_SLACK_RESPONDERS: 'U012ABC,@alice' },
      'worker',
      /LEAKHOUND_SLACK_RESPONDERS: @alice is not a Slack user id/,
    ],
    [
      'a previous webhook secret that never expires',
      { ...base, GITHUB_WEBHOOK_SECRET_PREVIOUS: 'old' },
      'serve',
      /GITHUB_WEBHOOK_SECRET_PREVIOUS is set without GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL/,
    ],
    [
      'an expiry that is not an ISO date',
      { ...base, GITHUB_WEBHOOK_SECRET_PREVIOUS: 'old', GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: 'next week' },
      'serve',
      /GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL=next week: expected an ISO date/,
    ],
    [
      'an unsupported Redis URL scheme',
      { ...base, REDIS_URL: 'http://127.0.0.1:6379' },
      'worker',
      /REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL.*got scheme http/,
    ],
    ['an unknown log level', { ...base, LEAKHOUND_LOG_LEVEL: 'verbose' }, 'serve', /LEAKHOUND_LOG_LEVEL=verbose/],
    [
      'a Slack bot token without a channel',
      { ...base, SLACK_BOT_TOKEN: 'xoxb-test' },
      'worker',
      /SLACK_BOT_TOKEN is set without SLACK_CHANNEL/,
    ],
    [
      'a GitHub server that is not https',
      { ...base, GITHUB_SERVER_URL: 'http://github.example.com' },
      'worker',
      /GITHUB_SERVER_URL=http:\/\/github.example.com: expected an https:\/\/ URL/,
    ],
    [
      'a fetch URL template with another scheme',
      { ...base, LEAKHOUND_GIT_URL_TEMPLATE: 'ext::sh -c touch% /tmp/x' },
      'worker',
      /LEAKHOUND_GIT_URL_TEMPLATE=.*: expected an https:\/\//,
    ],
    [
      'both REDIS_URL and REDIS_CLUSTER_NODES',
      { ...base, REDIS_URL: 'redis://r:6379', REDIS_CLUSTER_NODES: 'r1:6379' },
      'worker',
      /REDIS_URL and REDIS_CLUSTER_NODES are both set/,
    ],
    [
      'a cluster node that is not host:port',
      { ...base, REDIS_CLUSTER_NODES: 'r1:6379,redis://r2' },
      'worker',
      /REDIS_CLUSTER_NODES: redis:\/\/r2 is not host:port/,
    ],
    [
      'a GitLab host list with a plain-http remote host',
      { ...base, LEAKHOUND_GITLAB_HOSTS: 'gitlab.example.com,http://git.example.org' },
      'worker',
      /LEAKHOUND_GITLAB_HOSTS has an entry that is not a host name or origin/,
    ],
  ] as const)('rejects %s', (_, env, role, message) => {
    expect(() => loadResponderConfig(env, role)).toThrow(ConfigError);
    expect(() => loadResponderConfig(env, role)).toThrow(message);
  });

  describe('LEAKHOUND_ROTATION_CONFIG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakhound-config-'));
    const file = join(dir, 'rotation.toml');
    writeFileSync(
      file,
      '[[rotation]]\nprovider = "aws"\nmatch = "arn:aws:iam::123456789012:user/*"\nstore = "vault"\npath = "secret/data/app/aws"\nfields = { id = "id", secret = "secret" }\n',
    );
    const vault = { VAULT_ADDR: 'http://127.0.0.1:8200/', VAULT_TOKEN: 'hvs.test', VAULT_NAMESPACE: 'team-a' };

    it('loads the map and the Vault connection at start-up', () => {
      const c = loadResponderConfig({ ...base, ...vault, LEAKHOUND_ROTATION_CONFIG: file }, 'worker');
      expect(c.rotation.map?.entries).toHaveLength(1);
      expect(c.rotation.vault).toEqual({ addr: 'http://127.0.0.1:8200', token: 'hvs.test', namespace: 'team-a' });
    });

    it('rotates nothing without it', () => {
      expect(loadResponderConfig(base, 'worker').rotation.map).toBeUndefined();
    });

    it.each([
      [{ VAULT_ADDR: vault.VAULT_ADDR }, /rotation\[1\] writes to Vault, but VAULT_TOKEN is not set/],
      [{ VAULT_TOKEN: 'hvs.test' }, /but VAULT_ADDR is not set/],
      [{ ...vault, VAULT_ADDR: 'vault:8200' }, /VAULT_ADDR=vault:8200: expected a URL/],
    ])('stops with one line when Vault is not reachable as configured (%o)', (env, message) => {
      expect(() => loadResponderConfig({ ...base, ...env, LEAKHOUND_ROTATION_CONFIG: file }, 'worker')).toThrow(
        message,
      );
    });

    it('never echoes the Vault token', () => {
      let message = '';
      try {
        loadResponderConfig({ ...base, VAULT_TOKEN: 'hvs.secret-token', LEAKHOUND_ROTATION_CONFIG: file }, 'worker');
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/VAULT_ADDR is not set/);
      expect(message).not.toContain('hvs.secret-token');
    });
  });
});

describe('the investigation settings', () => {
  it('searches the responder region and us-east-1 by default, and knows no networks', () => {
    const c = loadResponderConfig({ ...base, AWS_REGION: 'eu-west-1' }, 'worker');
    expect(c.aws.cloudTrailRegions).toEqual(['eu-west-1', 'us-east-1']);
    expect(c.aws.knownCidrs).toEqual([]);
    expect(loadResponderConfig(base, 'worker').aws.cloudTrailRegions).toEqual(['us-east-1']);
  });

  it('reads regions, known networks and CloudTrail’s own endpoint override', () => {
    const c = loadResponderConfig(
      {
        ...base,
        LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-gov-west-1, eu-central-2',
        LEAKHOUND_KNOWN_CIDRS: '203.0.113.0/24,2001:db8::/32',
        AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
        AWS_ENDPOINT_URL_CLOUDTRAIL: 'http://127.0.0.1:2',
      },
      'worker',
    );
    expect(c.aws).toMatchObject({
      cloudTrailRegions: ['us-gov-west-1', 'eu-central-2'],
      knownCidrs: ['203.0.113.0/24', '2001:db8::/32'],
      cloudTrailEndpoint: 'http://127.0.0.1:2',
    });
    expect(loadResponderConfig({ ...base, AWS_ENDPOINT_URL: 'http://x:1' }, 'worker').aws.cloudTrailEndpoint).toBe(
      'http://x:1',
    );
  });

  it.each([
    [{ LEAKHOUND_KNOWN_CIDRS: '10.0.0.0/8,office-vpn' }, /LEAKHOUND_KNOWN_CIDRS: office-vpn is not an IPv4 or IPv6/],
    [
      { LEAKHOUND_CLOUDTRAIL_REGIONS: 'us-east-1,Ireland' },
      /LEAKHOUND_CLOUDTRAIL_REGIONS: Ireland is not an AWS region/,
    ],
    [{ LEAKHOUND_SLACK_PAGE_MENTION: '@security' }, /LEAKHOUND_SLACK_PAGE_MENTION=@security: expected here, channel/],
    [{ LEAKHOUND_MONITOR_DAYS: '-1' }, /LEAKHOUND_MONITOR_DAYS=-1: expected a whole number from 0 to 365/],
    [{ LEAKHOUND_MONITOR_INTERVAL_MS: '1d' }, /LEAKHOUND_MONITOR_INTERVAL_MS=1d: expected a whole number/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadResponderConfig({ ...base, ...env }, 'worker')).toThrow(ConfigError);
    expect(() => loadResponderConfig({ ...base, ...env }, 'worker')).toThrow(message);
  });

  it('watches a contained key daily for 30 days and pages @here, unless told otherwise', () => {
    const c = loadResponderConfig(base, 'worker');
    expect(c.monitor).toEqual({ intervalMs: 86_400_000, days: 30, stopOnClose: false });
    expect(c.slack.pageMention).toBe('<!here>');
    const d = loadResponderConfig(
      {
        ...base,
        LEAKHOUND_MONITOR_INTERVAL_MS: '500',
        LEAKHOUND_MONITOR_DAYS: '0',
        LEAKHOUND_MONITOR_STOP_ON_CLOSE: 'yes',
        LEAKHOUND_SLACK_PAGE_MENTION: 'S0SECOPS',
      },
      'worker',
    );
    expect(d.monitor).toEqual({ intervalMs: 500, days: 0, stopOnClose: true });
    expect(d.slack.pageMention).toBe('<!subteam^S0SECOPS>');
    expect(loadResponderConfig({ ...base, LEAKHOUND_SLACK_PAGE_MENTION: 'none' }, 'worker').slack.pageMention).toBe('');
  });
});
