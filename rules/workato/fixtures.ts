import { BASE64URL, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const b64u = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

export function fixtures(): RuleFixtures {
  const jwt = (sig: number): string =>
    [b64u({ alg: 'RS256', typ: 'JWT' }), b64u({ sub: rand(DIGITS, 6), jti: rand(HEX, 32) }), rand(BASE64URL, sig)].join(
      '.',
    );
  const [a, b, c] = [join('wrka-', jwt(342)), join('wrkaeu-', jwt(342)), join('wrka-', jwt(342))];
  return {
    'workato-developer-api-token': {
      truePositives: [
        { text: `WORKATO_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `curl -H 'Authorization: Bearer ${c}' https://www.workato.com/api/users/me`, secret: c },
      ],
      falsePositives: [
        // Only the prefix and a JWT header: no token.
        { text: `ref = "${join('wrka-', b64u({ alg: 'RS256' }))}"` },
        { text: 'WORKATO_API_TOKEN=${WORKATO_API_TOKEN}' },
      ],
    },
  };
}
