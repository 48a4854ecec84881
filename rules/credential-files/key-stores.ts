import type { Rule } from '../types.js';

// Binary (or opaque) credential stores recognised by their file name alone: what is inside
// cannot be read, but committing one is the leak. Reported once per file, on line 1.

/**
 * PKCS#12 (.p12/.pfx), Java/Bouncy Castle keystores (.jks, .keystore, .bks, .bcfks), KeePass
 * (.kdbx/.kdb), Password Safe (.psafe3), macOS keychains, PuTTY keys (.ppk), OpenSSH private
 * key files (id_rsa … without .pub), GnuPG secret keyrings, Jenkins' master key and secret
 * key, DBeaver's encrypted credentials, MySQL's obfuscated login path file, Bitcoin wallets.
 */
const KEY_STORES =
  /(?:^|\/)(?:[^/]+\.(?:p12|pfx|jks|jceks|keystore|bks|bcfks|uber|kdbx|kdb|psafe3|keychain(?:-db)?|ppk|agilekeychain|opvault|gpg-keyring)|id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)|secring\.(?:gpg|skr)|private-keys-v1\.d\/[^/]+\.key|secrets\/(?:master\.key|hudson\.util\.Secret)|credentials-config\.json|\.mylogin\.cnf|wallet\.dat)$/i;

export const rules: Rule[] = [
  {
    id: 'key-store-file',
    description:
      'A key store is committed (PKCS#12, Java keystore, KeePass, keychain, PuTTY or SSH private key file, GnuPG or Jenkins secret keys)',
    severity: 'high',
    path: KEY_STORES,
    keywords: [],
    // Its own key (a PEM private key in id_rsa) is reported instead when a rule can read it
    // (the detector ranks a key-store finding below every other finding in the same file).
    tags: ['credential-file', 'key-store'],
  },
];
