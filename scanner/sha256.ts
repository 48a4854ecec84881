// SHA-256 for the short strings findings are fingerprinted by, from @noble/hashes (audited,
// no dependencies, bundled into the CLI). node:crypto costs a pre-commit hook ~6 ms to load
// (all of internal/crypto, webcrypto and argon2 included), more than every hash of a run; a
// test checks this against node:crypto.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** SHA-256 of `text` encoded as UTF-8 (lone surrogates as U+FFFD, as node:crypto does), in lowercase hex. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}
