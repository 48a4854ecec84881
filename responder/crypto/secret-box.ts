// AES-256-GCM for the few values that must outlive a job (a secret a later step needs, a
// scan's findings on their way to triage). Every ciphertext is bound to the Redis key it is
// stored under (associated data), so a value copied to another key fails to decrypt.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { ConfigError } from '../../scanner/errors.js';

const VERSION = 'v1';
const IV_BYTES = 12;
/** GCM accepts truncated tags unless told the length; a short tag is far easier to forge. */
const TAG_BYTES = 16;

export class DecryptError extends Error {
  override name = 'DecryptError';
}

/** `LEAKHOUND_ENCRYPTION_KEY`: 32 bytes as 64 hex characters or as base64. */
export function parseEncryptionKey(raw: string | undefined): Buffer {
  const example = 'e.g. LEAKHOUND_ENCRYPTION_KEY=$(openssl rand -base64 32)';
  if (!raw) {
    throw new ConfigError(
      `LEAKHOUND_ENCRYPTION_KEY is not set: it encrypts the secrets the responder keeps in Redis; ${example}`,
    );
  }
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (
    key.length !== 32 ||
    (!/^[0-9a-f]{64}$/i.test(raw) && key.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, ''))
  ) {
    throw new ConfigError(
      `LEAKHOUND_ENCRYPTION_KEY must be 32 random bytes, written as 64 hex characters or as base64 (got ${key.length} bytes); ${example}`,
    );
  }
  return key;
}

export class SecretBox {
  private readonly encKey: Buffer;
  private readonly idKey: Buffer;

  constructor(masterKey: Buffer) {
    this.encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'leakhound secret box v1', 32));
    this.idKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'leakhound credential id v1', 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  seal(plaintext: string, boundTo: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(boundTo));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join('.');
  }

  open(sealed: string, boundTo: string): string {
    const [version, iv, tag, ct] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || ct === undefined) {
      throw new DecryptError(`stored value under ${boundTo} is not a ${VERSION} sealed box`);
    }
    const tagBytes = Buffer.from(tag, 'base64url');
    if (tagBytes.length !== TAG_BYTES) {
      throw new DecryptError(`stored value under ${boundTo} has a ${tagBytes.length}-byte tag; expected ${TAG_BYTES}`);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch (err) {
      throw new DecryptError(
        `stored value under ${boundTo} does not decrypt: was LEAKHOUND_ENCRYPTION_KEY changed, or the value moved?`,
        { cause: err },
      );
    }
  }

  /**
   * A keyed hash that names a credential without revealing it: the same secret always maps to
   * the same id, and nobody without the key can test a guess against it.
   */
  credentialId(kind: string, secret: string): string {
    return createHmac('sha256', this.idKey).update(`${kind}\0${secret}`).digest('hex').slice(0, 32);
  }
}
