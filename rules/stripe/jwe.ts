// Stripe hands a rotated secret key back encrypted to a public key we send with the request
// (`secret_key.encrypted_secret`, format `jwe_compact`): a fresh RSA key pair per rotation, held
// in memory for that one call, and the JWE compact serialization (RFC 7516) decrypted here with
// node:crypto — RSA-OAEP or RSA-OAEP-256 for the content key, AES-GCM for the secret.
import { createDecipheriv, generateKeyPairSync, type KeyObject, privateDecrypt, constants } from 'node:crypto';

export interface RecipientKey {
  publicPem: string;
  privateKey: KeyObject;
}

export function recipientKey(): RecipientKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
}

const b64u = (s: string): Buffer => Buffer.from(s, 'base64url');

/** The plaintext of a JWE compact string (also accepted base64-wrapped, as "ciphertext in base64" may mean). */
export function decryptJwe(ciphertext: string, key: KeyObject): string {
  let compact = ciphertext.trim();
  if (compact.split('.').length !== 5) compact = Buffer.from(compact, 'base64').toString('utf8').trim();
  const parts = compact.split('.');
  if (parts.length !== 5) throw new Error('the encrypted secret is not a JWE compact serialization');
  const [protectedHeader, encryptedKey, iv, data, tag] = parts as [string, string, string, string, string];
  const header = JSON.parse(b64u(protectedHeader).toString('utf8')) as { alg?: string; enc?: string };
  const oaepHash = header.alg === 'RSA-OAEP-256' ? 'sha256' : header.alg === 'RSA-OAEP' ? 'sha1' : undefined;
  const bits = { A128GCM: 128, A192GCM: 192, A256GCM: 256 }[header.enc ?? ''];
  if (!oaepHash || !bits) throw new Error(`unsupported JWE algorithms alg=${header.alg} enc=${header.enc}`);
  const cek = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, b64u(encryptedKey));
  if (cek.length * 8 !== bits) throw new Error('the JWE content key has the wrong length');
  const decipher = createDecipheriv(`aes-${bits}-gcm` as 'aes-256-gcm', cek, b64u(iv));
  decipher.setAAD(Buffer.from(protectedHeader, 'ascii'));
  decipher.setAuthTag(b64u(tag));
  return Buffer.concat([decipher.update(b64u(data)), decipher.final()]).toString('utf8');
}
