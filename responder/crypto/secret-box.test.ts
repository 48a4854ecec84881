import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../scanner/errors.js';
import { rand, ALNUM } from '../../rules/fixture-kit.js';
import { parseEncryptionKey, SecretBox, DecryptError } from './secret-box.js';

const secret = rand(ALNUM, 40);

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips a secret and never stores it in the clear', () => {
    const sealed = box.seal(secret, 'k:1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(secret);
    expect(box.open(sealed, 'k:1')).toBe(secret);
  });

  it('refuses a truncated authentication tag, which GCM would otherwise accept', () => {
    const [v, iv, tag, ct] = box.seal(secret, 'k').split('.') as [string, string, string, string];
    const short = Buffer.from(tag, 'base64url').subarray(0, 12).toString('base64url');
    expect(() => box.open([v, iv, short, ct].join('.'), 'k')).toThrow(/12-byte tag; expected 16/);
  });

  it('uses a fresh IV every time', () => {
    expect(box.seal(secret, 'k')).not.toBe(box.seal(secret, 'k'));
  });

  it('refuses a value moved to another key, or tampered with', () => {
    const sealed = box.seal(secret, 'k:1');
    expect(() => box.open(sealed, 'k:2')).toThrow(DecryptError);
    const parts = sealed.split('.');
    parts[3] = Buffer.from(`x${Buffer.from(parts[3]!, 'base64url').toString('latin1')}`, 'latin1').toString(
      'base64url',
    );
    expect(() => box.open(parts.join('.'), 'k:1')).toThrow(DecryptError);
  });

  it('refuses a value sealed with another key, and says what to check', () => {
    const other = new SecretBox(randomBytes(32));
    expect(() => other.open(box.seal(secret, 'k'), 'k')).toThrow(/LEAKHOUND_ENCRYPTION_KEY changed/);
  });

  it('derives the same credential id for the same secret, and reveals nothing', () => {
    expect(box.credentialId('credential', secret)).toBe(box.credentialId('credential', secret));
    expect(box.credentialId('credential', secret)).toMatch(/^[0-9a-f]{32}$/);
    expect(new SecretBox(randomBytes(32)).credentialId('credential', secret)).not.toBe(
      box.credentialId('credential', secret),
    );
  });
});

describe('parseEncryptionKey', () => {
  it.each([
    ['64 hex characters', randomBytes(32).toString('hex')],
    ['base64 of 32 bytes', randomBytes(32).toString('base64')],
  ])('accepts %s', (_, raw) => {
    expect(parseEncryptionKey(raw)).toHaveLength(32);
  });

  it.each([
    ['a missing key', undefined, /LEAKHOUND_ENCRYPTION_KEY is not set.*openssl rand -base64 32/],
    ['a short key', randomBytes(16).toString('base64'), /must be 32 random bytes.*got 16 bytes/],
    ['a passphrase', 'correct horse battery staple', /must be 32 random bytes/],
  ])('rejects %s with a clear start-up error', (_, raw, message) => {
    expect(() => parseEncryptionKey(raw)).toThrow(ConfigError);
    expect(() => parseEncryptionKey(raw)).toThrow(message);
  });

  it('never echoes the key it rejected', () => {
    const raw = randomBytes(20).toString('hex');
    expect(() => parseEncryptionKey(raw)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(raw) }),
    );
  });
});
