import type { Rule } from '../types.js';

// An age identity is Bech32 with the `AGE-SECRET-KEY-` human-readable part (`-PQ-` for the
// post-quantum hybrid keys): 58 characters of the Bech32 alphabet after the `1` separator.
export const rules: Rule[] = [
  {
    id: 'age-secret-key',
    description: 'age encryption identity (secret key): decrypts every file encrypted to it',
    severity: 'high',
    regex: /\b(AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/,
    keywords: ['age-secret-key-'],
    entropy: 3,
    tags: ['age', 'encryption', 'private-key'],
  },
  {
    // Plugin identities (age-plugin-yubikey, -tpm, -se …) are Bech32 with an
    // `AGE-PLUGIN-<NAME>-` human-readable part: https://github.com/C2SP/C2SP/blob/main/age-plugin.md
    id: 'age-plugin-identity',
    description:
      'age plugin identity (`AGE-PLUGIN-<NAME>-1…`): with its plugin and device, decrypts files encrypted to it',
    severity: 'medium',
    regex: /\b(AGE-PLUGIN-[A-Z0-9]{1,32}-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{20,400})\b/,
    keywords: ['age-plugin-'],
    entropy: 3,
    tags: ['age', 'encryption', 'private-key'],
  },
];
