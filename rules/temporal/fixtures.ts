import { BASE64URL, HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const b64u = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function fixtures(): RuleFixtures {
  const key = (iss = 'https://saas-api.tmprl.cloud', aud = ['temporal.io']): string =>
    [
      b64u({ alg: 'ES256', kid: rand(HEX, 12), typ: 'JWT' }),
      b64u({
        account_id: rand(HEX, 5),
        aud,
        exp: 1798761600,
        iss,
        jti: rand(HEX, 32),
        key_id: rand(HEX, 32),
        sub: rand(HEX, 32),
      }),
      rand(BASE64URL, 86),
    ].join('.');
  const [a, b, c] = [key(), key(), key()];
  return {
    'temporal-cloud-api-key': {
      truePositives: [
        { text: `TEMPORAL_API_KEY=${a}`, secret: a },
        { text: `temporal cloud namespace list --api-key ${b}`, secret: b },
        { text: `client = await Client.connect("ns.acct.tmprl.cloud:7233", api_key="${c}", tls=True)`, secret: c },
      ],
      falsePositives: [
        { text: 'TEMPORAL_API_KEY=${TEMPORAL_API_KEY}' },
        {
          text: `TEMPORAL_API_KEY=${key('https://saas-api.tmprl.cloud', ['temporal.io']).split('.').slice(0, 2).join('.')}`,
        },
      ],
    },
  };
}
