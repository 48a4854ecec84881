import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../scanner/errors.js';
import { findRotation, globMatches, loadRotationMap, parseRotationMap } from './map.js';

const GOOD = `
[[rotation]]
provider = "aws"
match = "arn:aws:iam::123456789012:user/deploy-bot"
store = "vault"
path = "secret/data/payments-api/aws"
fields = { id = "access_key_id", secret = "secret_access_key" }
notify = "https://ci.example/hooks/redeploy"

[[rotation]]
provider = "aws"
match = "arn:aws:iam::123456789012:user/ci/*"
store = "aws-secretsmanager"
path = "ci/aws"
fields = { id = "AWS_ACCESS_KEY_ID", secret = "AWS_SECRET_ACCESS_KEY" }
grace = "2h"
`;

const entry = (over: Record<string, string>): string => {
  const base: Record<string, string> = {
    provider: '"aws"',
    match: '"arn:aws:iam::123456789012:user/deploy-bot"',
    store: '"vault"',
    path: '"secret/data/payments-api/aws"',
    fields: '{ id = "access_key_id", secret = "secret_access_key" }',
    ...over,
  };
  return `[[rotation]]\n${Object.entries(base)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n')}\n`;
};

describe('parseRotationMap', () => {
  it('reads every entry with its defaults', () => {
    const map = parseRotationMap(GOOD, 'rotation.toml');
    expect(map.entries).toEqual([
      {
        provider: 'aws',
        match: 'arn:aws:iam::123456789012:user/deploy-bot',
        store: 'vault',
        path: 'secret/data/payments-api/aws',
        fields: { id: 'access_key_id', secret: 'secret_access_key' },
        notify: 'https://ci.example/hooks/redeploy',
        graceSeconds: 86_400,
      },
      expect.objectContaining({ store: 'aws-secretsmanager', path: 'ci/aws', graceSeconds: 7200, notify: undefined }),
    ]);
  });

  it('reads the owner to notify when the key leaks', () => {
    expect(parseRotationMap(entry({ owner: '"jane@example.com"' }), 'r.toml').entries[0]!.owner).toBe(
      'jane@example.com',
    );
    expect(parseRotationMap(entry({}), 'r.toml').entries[0]!.owner).toBeUndefined();
  });

  it('accepts an empty file: nothing is rotated', () => {
    expect(parseRotationMap('', 'r.toml').entries).toEqual([]);
  });

  it.each([
    ['an unknown store', entry({ store: '"s3"' }), /rotation\[1\]: store = "s3" is unknown: use "vault"/],
    [
      'a provider that cannot rotate',
      entry({ provider: '"vercel"' }),
      /provider = "vercel": leakhound rotates "aws", "gitlab"/,
    ],
    [
      'a GitLab match that is not <username>/<token name>',
      entry({ provider: '"gitlab"', match: '"arn:aws:iam::1:user/x"' }),
      /match = "arn:aws:iam::1:user\/x" is not <username>\/<token name>/,
    ],
    [
      'a glob with brackets',
      entry({ match: '"arn:aws:iam::1:user/[ab]*"' }),
      /"\[" is not allowed; only \* and \? are wildcards/,
    ],
    ['a match that is no ARN', entry({ match: '"deploy-bot"' }), /is not an ARN or a glob over one/],
    ['a double star', entry({ match: '"arn:aws:iam::1:user/**"' }), /"\*\*" means nothing more/],
    [
      'a vault path outside data/',
      entry({ path: '"secret/payments-api/aws"' }),
      /is not a KV v2 data path.*secret\/data\//,
    ],
    ['a vault path climbing out', entry({ path: '"secret/data/../x"' }), /is not a KV v2 data path/],
    ['a vault path ending in data/', entry({ path: '"secret/data/"' }), /is not a KV v2 data path/],
    ['a bad secret id', entry({ store: '"aws-secretsmanager"', path: '"a b"' }), /not a Secrets Manager secret name/],
    ['an unknown key', entry({ rotate: 'true' }), /rotation\[1\]: unknown key "rotate"; known keys:/],
    ['missing fields', entry({ fields: '' }), /fields is required: fields = \{ id = /],
    ['an extra field name', entry({ fields: '{ id = "a", secret = "b", region = "c" }' }), /unknown key "region"/],
    ['the same field twice', entry({ fields: '{ id = "a", secret = "a" }' }), /both name "a"/],
    ['an http notify hook', entry({ notify: '"http://ci.example/hook"' }), /must be an https URL/],
    [
      'a notify hook with credentials',
      entry({ notify: '"https://u:p@ci.example/hook"' }),
      /must not carry credentials/,
    ],
    ['a bad grace', entry({ grace: '"tomorrow"' }), /grace = "tomorrow" is not a duration/],
    ['a grace too long', entry({ grace: '"91d"' }), /out of range/],
    ['a missing match', entry({ match: '' }), /match must be a non-empty string/],
    ['a top-level key', `store = "vault"\n${entry({})}`, /unknown top-level key "store"/],
    ['rotation as a value', 'rotation = 3', /"rotation" must be an array of tables/],
    ['broken TOML', '[[rotation]\n', /r\.toml: not valid TOML: /],
    ['two entries for one owner', entry({}) + entry({}), /rotation\[2\] repeats match .* of rotation\[1\]/],
    [
      'an owner that is no email',
      entry({ owner: '"Jane <jane@example.com>"' }),
      /owner = "Jane <jane@example.com>" is not an email address/,
    ],
  ])('rejects %s with one line', (_, text, message) => {
    let err: unknown;
    try {
      parseRotationMap(text, 'r.toml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('findRotation', () => {
  const map = parseRotationMap(GOOD, 'r.toml');

  it.each([
    ['arn:aws:iam::123456789012:user/deploy-bot', 'vault'],
    ['arn:aws:iam::123456789012:user/ci/builder', 'aws-secretsmanager'],
    ['arn:aws:iam::123456789012:user/deploy-bot-2', undefined],
    ['arn:aws:iam::999999999999:user/ci/builder', undefined],
  ])('%s → %s', (arn, store) => {
    expect(findRotation(map, 'aws', arn)?.store).toBe(store);
  });

  it('answers nothing without a map or for another provider', () => {
    expect(findRotation(undefined, 'aws', 'arn:aws:iam::123456789012:user/deploy-bot')).toBeUndefined();
    expect(findRotation(map, 'gitlab', 'arn:aws:iam::123456789012:user/deploy-bot')).toBeUndefined();
  });

  it('treats regex characters in a glob literally', () => {
    expect(globMatches('arn:aws:iam::1:user/a.b', 'arn:aws:iam::1:user/aXb')).toBe(false);
    expect(globMatches('arn:aws:iam::1:user/a?b', 'arn:aws:iam::1:user/aXb')).toBe(true);
  });
});

describe('loadRotationMap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-rotation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file', () => {
    const file = join(dir, 'rotation.toml');
    writeFileSync(file, GOOD);
    expect(loadRotationMap(file).entries).toHaveLength(2);
  });

  it('names the variable when the file is missing', () => {
    expect(() => loadRotationMap(join(dir, 'nope.toml'))).toThrow(
      /LEAKHOUND_ROTATION_CONFIG=.*nope\.toml: cannot read it \(ENOENT\)/,
    );
  });
});

describe('GitLab rotation entries', () => {
  it('match <username>/<token name>, with * and ? as wildcards', () => {
    const map = parseRotationMap(
      '[[rotation]]\nprovider = "gitlab"\nmatch = "deploy-bot/ci-*"\nstore = "vault"\npath = "secret/data/app/gitlab"\nfields = { id = "token_id", secret = "token" }\n',
      'r.toml',
    );
    expect(findRotation(map, 'gitlab', 'deploy-bot/ci-deploy')?.path).toBe('secret/data/app/gitlab');
    expect(findRotation(map, 'gitlab', 'deploy-bot/laptop')).toBeUndefined();
    expect(findRotation(map, 'aws', 'deploy-bot/ci-deploy')).toBeUndefined();
  });
});
