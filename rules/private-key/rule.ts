import type { Rule } from '../types.js';
import { bodyGroup, isKeyBody, NL, SEP } from './body.js';

// PKCS#1 (RSA), DSA, SEC1 (EC), OpenSSH, PKCS#8 and encrypted PKCS#8 headers.
const KIND = '(?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED) )?';
// Legacy OpenSSL encryption headers between the armour and the body.
const PEM_HEADERS = `(?:Proc-Type:[^\\r\\n\\\\]{1,80}${SEP}DEK-Info:[^\\r\\n\\\\]{1,200}${SEP}(?:${NL}[ \\t]{0,40})?)?`;
const B64_SHORT_LINE = '[A-Za-z0-9+/=]{1,128}';

/*
 * The finding's secret is the base64 body and the match is the whole block. The body, not the
 * armour, is what must be rotated, and the armour's `-----` runs are what the placeholder
 * filter treats as filler. startLine/endLine therefore span the body lines.
 */
export const rules: Rule[] = [
  {
    id: 'private-key',
    description: 'Private key in PEM format (RSA, DSA, EC, OpenSSH, PKCS#8, encrypted PKCS#8)',
    severity: 'critical',
    regex: new RegExp(
      `-----BEGIN ${KIND}PRIVATE KEY-----${SEP}${PEM_HEADERS}${bodyGroup()}${SEP}-----END ${KIND}PRIVATE KEY-{4,5}`,
    ),
    keywords: ['private key-----'],
    entropy: 4,
    validate: (body) => isKeyBody(body),
    // Catch-all for keys: a provider rule that reports the same key (a GCP service-account
    // file) wins, so one key is one finding.
    tags: ['private-key', 'keys', 'generic'],
  },
  {
    id: 'pgp-private-key',
    description: 'PGP/GPG private key block',
    severity: 'critical',
    regex: new RegExp(
      `-----BEGIN PGP PRIVATE KEY BLOCK-----${SEP}(?:[A-Za-z][A-Za-z-]{0,30}: [^\\r\\n\\\\]{0,200}${SEP}){0,10}(?:${NL}[ \\t]{0,40})?${bodyGroup()}${SEP}-----END PGP PRIVATE KEY BLOCK-----`,
    ),
    keywords: ['pgp private key block'],
    entropy: 4,
    validate: (body) => isKeyBody(body, 128),
    tags: ['private-key', 'keys', 'pgp'],
  },
  {
    id: 'putty-private-key',
    description: 'PuTTY private key file (PPK v2 or v3)',
    severity: 'critical',
    regex: new RegExp(
      `PuTTY-User-Key-File-[23]: [\\w@.-]{1,64}${SEP}Encryption: [\\w-]{1,32}${SEP}Comment: [^\\r\\n\\\\]{0,256}${SEP}` +
        `Public-Lines: \\d{1,3}${SEP}(?:${B64_SHORT_LINE}${SEP}){1,64}(?:[A-Za-z0-9-]{1,32}: [^\\r\\n\\\\]{1,128}${SEP}){0,8}` +
        `Private-Lines: \\d{1,3}${SEP}(${B64_SHORT_LINE}(?:${SEP}${B64_SHORT_LINE}){0,63})${SEP}Private-MAC: [0-9a-f]{40,64}`,
    ),
    keywords: ['putty-user-key-file-'],
    entropy: 3.5,
    // An Ed25519 private blob is only 48 base64 characters.
    validate: (body) => isKeyBody(body, 40),
    tags: ['private-key', 'keys', 'putty'],
  },
];
