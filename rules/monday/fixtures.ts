import { BASE64URL, DIGITS, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const b64u = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function fixtures(): RuleFixtures {
  // The shape of a personal token: tenant, user and account ids, and its permission.
  const token = (): string =>
    [
      b64u({ alg: 'HS256', typ: 'JWT' }),
      b64u({
        tid: Number(rand(DIGITS, 9)),
        aai: 11,
        uid: Number(rand(DIGITS, 8)),
        iad: '2025-01-07T10:11:12.000Z',
        per: 'me:write',
        actid: Number(rand(DIGITS, 8)),
        rgn: 'use1',
      }),
      rand(BASE64URL, 43),
    ].join('.');
  const [a, b, c] = [token(), token(), token()];
  return {
    'monday-api-token': {
      truePositives: [
        { text: `MONDAY_API_TOKEN=${a}`, secret: a },
        { text: `monday_token: "${b}"`, secret: b },
        { text: `mondayApiKey = '${c}'`, secret: c },
      ],
      falsePositives: [
        { text: 'MONDAY_API_TOKEN=${MONDAY_API_TOKEN}' },
        { text: 'MONDAY_API_TOKEN=<your-monday-token>' },
      ],
    },
  };
}
