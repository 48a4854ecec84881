import { join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

export function fixtures(): RuleFixtures {
  const key = join('AGE-SECRET-', 'KEY-1', rand(BECH32, 58));
  const pq = join('AGE-SECRET-', 'KEY-PQ-1', rand(BECH32, 58));
  const yubikey = join('AGE-PLUGIN-', 'YUBIKEY-1', rand(BECH32, 90));
  const tpm = join('AGE-PLUGIN-', 'TPM-1', rand(BECH32, 120));
  return {
    'age-plugin-identity': {
      truePositives: [
        { text: `#       Serial: 12345678, Slot: 1\n${yubikey}\n`, secret: yubikey },
        { text: `SOPS_AGE_KEY="${tpm}"`, secret: tpm },
      ],
      falsePositives: [
        { text: join('AGE-PLUGIN-', 'YUBIKEY-1', rand(BECH32, 10)) },
        { text: 'age-plugin-yubikey --identity > identities.txt' },
      ],
    },
    'age-secret-key': {
      truePositives: [
        {
          text: `# created: 2024-05-01T10:00:00Z\n# public key: age1${rand(BECH32.toLowerCase(), 58)}\n${key}\n`,
          secret: key,
        },
        { text: `SOPS_AGE_KEY=${key}`, secret: key },
        { text: `age_identity: "${pq}"`, secret: pq },
      ],
      falsePositives: [
        { text: join('AGE-SECRET-', 'KEY-1', rand(BECH32, 30)) },
        { text: join('AGE-SECRET-', 'KEY-1', rand(BECH32, 57), 'B') },
        { text: `# public key: age1${rand(BECH32.toLowerCase(), 58)}` },
      ],
    },
  };
}
