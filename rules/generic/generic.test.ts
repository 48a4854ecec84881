import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, join, rand, seed } from '../fixture-kit.js';
import { isKnownFormat, isOwnedName } from './known-formats.js';
import { classifyName, identifierWords } from './names.js';
import { acceptableValue } from './rule.js';
import { hasStopword } from './stopwords.js';
import { isDocumentationPassword, isNotASecret } from './values.js';

describe('identifierWords', () => {
  it.each([
    ['DB_PASSWORD', ['db', 'password']],
    ['apiKey', ['api', 'key']],
    ['APIKey', ['api', 'key']],
    ['spring.datasource.password', ['spring', 'datasource', 'password']],
    ['--client-secret', ['client', 'secret']],
  ])('splits %s into its words', (name, words) => {
    expect(identifierWords(name)).toEqual(words);
  });
});

describe('classifyName', () => {
  it.each([
    ['DB_PASSWORD', 'password'],
    ['PGPASSWORD', 'password'],
    ['smtp_pass', 'password'],
    ['apiKey', 'secret'],
    ['client_secret', 'secret'],
    ['GITHUB_TOKEN_PROD', 'secret'],
    ['secret_key_base', 'secret'],
    ['auth', 'secret'],
  ])('reads %s as a %s slot', (name, kind) => {
    expect(classifyName(name)).toBe(kind);
  });

  it.each([
    'password_hash',
    'token_url',
    'public_key',
    'csrf_token',
    'key',
    'ACCESS_KEY_ID',
    'keyboard',
    'bypass',
    'secretName',
    'PASSWORD_MIN_LENGTH',
  ])('does not read %s as a credential slot', (name) => {
    expect(classifyName(name)).toBeNull();
  });
});

describe('values that are no credential', () => {
  it.each([
    'config.apiKey',
    'matchResult?.pass',
    '${DB_PASSWORD}',
    'https://auth.example.com/token',
    '/etc/app/secrets/client_secret.txt',
    '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    'sha512-abcdefghij0123456789',
    '1.4.2',
    'accessTokenFromStorage',
    'my-api-token-1',
    'abc123xyz456',
    'bm90IG15IHJlYWwgcGFzc3dvcmQ=',
    '[A-Za-z0-9+/]{64}',
    '[a-z0-9_-]+',
  ])('rejects %s', (value) => {
    expect(isNotASecret(value)).toBe(true);
  });

  it.each(['password', 'YOUR_PASSWORD', 'REPLACE_WITH_PASSWORD', 'changeme', 'p@ssw0rd', 'my-secret-token'])(
    'treats %s as a documentation password',
    (value) => {
      expect(isDocumentationPassword(value)).toBe(true);
    },
  );

  it('reads a value as words only when a long piece or all pieces are stopwords', () => {
    expect(hasStopword('my-awesome-app-2019')).toBe(true);
    expect(hasStopword('dev-api-key-42')).toBe(true);
    expect(hasStopword('c0c57e63497585b4be5ed75dded96f82')).toBe(false);
  });
});

describe('acceptableValue', () => {
  it('accepts nearly every random key and password', () => {
    seed(7);
    let accepted = 0;
    for (let i = 0; i < 500; i++) {
      if (acceptableValue('secret', rand(ALNUM, 32))) accepted++;
      if (acceptableValue('secret', rand(HEX, 40))) accepted++;
      if (acceptableValue('password', rand(`${ALNUM}!@%*`, 14))) accepted++;
    }
    expect(accepted / 1500).toBeGreaterThan(0.97);
  });

  it('leaves formats and slots that provider rules own to them', () => {
    expect(isKnownFormat('sk-proj-tooShort123')).toBe(true);
    expect(isKnownFormat(join('A3-', 'ABCDEF-GHIJKL-', 'MNOPQ-RSTUV-WXYZ1-23456'))).toBe(true);
    expect(isOwnedName('AWS_SECRET_ACCESS_KEY')).toBe(true);
    expect(isOwnedName('DB_PASSWORD')).toBe(false);
  });
});
