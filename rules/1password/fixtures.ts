import { ALNUM, BASE64URL, DIGITS, HEX, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const KEY_CHARS = UPPER + DIGITS;

function secretKey(): string {
  return join(
    'A3-',
    rand(KEY_CHARS, 6),
    '-',
    rand(KEY_CHARS, 6),
    '-',
    [1, 2, 3, 4].map(() => rand(KEY_CHARS, 5)).join('-'),
  );
}

/** A service account token: `ops_` + base64url of the account JSON, as 1Password issues it. */
function serviceAccountToken(): string {
  const payload = {
    signInAddress: 'my.1password.com',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: rand(BASE64URL, 22) },
    email: `${rand(`${DIGITS}abcdefghijklmnopqrstuvwxyz`, 13)}@1passwordserviceaccounts.com`,
    srpX: rand(HEX, 64),
    muk: { alg: 'A256GCM', ext: true, k: rand(BASE64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
    secretKey: secretKey(),
    throttleSecret: { seed: rand(HEX, 64), uuid: rand(KEY_CHARS, 26) },
    deviceUuid: rand(`${DIGITS}abcdefghijklmnopqrstuvwxyz`, 26),
  };
  return join('ops_', Buffer.from(JSON.stringify(payload)).toString('base64url'));
}

export function fixtures(): RuleFixtures {
  const token = serviceAccountToken();
  const key = secretKey();
  const other = join(
    'ops_',
    Buffer.from(JSON.stringify({ build: 'nightly', steps: rand(ALNUM, 300) })).toString('base64url'),
  );
  return {
    '1password-service-account-token': {
      truePositives: [
        { text: `export OP_SERVICE_ACCOUNT_TOKEN=${token}`, secret: token },
        { text: `env:\n  OP_SERVICE_ACCOUNT_TOKEN: "${token}"\n`, secret: token },
        { text: `${token}\n\nops_token is secret.\n`, secret: token },
      ],
      falsePositives: [
        { text: join('serviceAccountToken:\n  fn::secret: ops_', 'eyJzaWduSW5B..[Redacted]') },
        { text: join('export OP_SERVICE_ACCOUNT_TOKEN=ops_', 'eyJ', 'x'.repeat(300)) },
        { text: join('ops_', 'DUMMY', rand(BASE64URL, 300)) },
        { text: `artifact: ${other}` },
      ],
    },
    '1password-secret-key': {
      truePositives: [
        { text: `OP_SECRET_KEY=${key}`, secret: key },
        { text: `Secret Key: ${key}`, secret: key },
        { text: `{"account": "my.1password.com", "secretKey": "${key}"}`, secret: key },
      ],
      falsePositives: [
        { text: join('A3-', 'XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX') },
        { text: join('A3-', 'aBCDEF-', rand(KEY_CHARS, 6).toLowerCase(), '-abcde-fghij-klmno-pqrst') },
        { text: join('A3-', rand(KEY_CHARS, 6), '-', rand(KEY_CHARS, 4)) },
      ],
    },
  };
}
