import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../scanner/errors.js';
import { loadResponderConfig } from './config.js';

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

  it('accepts a previous webhook secret during rotation', () => {
    expect(loadResponderConfig({ ...base, GITHUB_WEBHOOK_SECRET_PREVIOUS: 'old' }, 'serve').webhookSecrets).toEqual([
      'whsec-test',
      'old',
    ]);
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
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadResponderConfig({ ...base, ...env }, 'worker')).toThrow(ConfigError);
    expect(() => loadResponderConfig({ ...base, ...env }, 'worker')).toThrow(message);
  });
});
