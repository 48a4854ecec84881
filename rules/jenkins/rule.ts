import type { Rule } from '../types.js';

// jenkins-encrypted-secret: https://www.jenkins.io/doc/developer/security/secrets/
//   { + base64 of version byte 1, IV length 16 and data length as big-endian ints, IV, ciphertext }.
// jenkins-api-token: https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/
export const rules: Rule[] = [
  {
    id: 'jenkins-encrypted-secret',
    description:
      "Jenkins encrypted secret (`{AQAAABAAAA…}` in credentials.xml or job config): decrypts with the controller's master key",
    severity: 'high',
    regex: /\{(AQAAABAAAA[A-Za-z0-9+/]{32,4096}={0,2})\}/,
    keywords: ['{aqaaabaaaa'],
    entropy: 3,
    tags: ['jenkins', 'ci', 'encrypted-secret'],
  },
  {
    id: 'jenkins-api-token',
    description: 'Jenkins user API token (`11` and 32 hex) next to a Jenkins URL or setting',
    severity: 'high',
    regex: /\b(11[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['jenkins'],
    entropy: 3,
    tags: ['jenkins', 'ci', 'api-key'],
  },
];
