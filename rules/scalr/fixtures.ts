import { BASE64URL, DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const b64u = (v: string): string => Buffer.from(v).toString('base64url');

export function fixtures(): RuleFixtures {
  const header = b64u('{"alg":"HS256","typ":"JWT"}');
  const token = (id = rand(LOWER + DIGITS, 17)): string =>
    [header, b64u(`{"iss":"user","jti":"at-${id}"}`), rand(BASE64URL, 43)].join('.');
  const [a, b, c] = [token(), token(), token()];
  return {
    'scalr-api-token': {
      truePositives: [
        { text: `SCALR_TOKEN=${a}`, secret: a },
        { text: `credentials "example.scalr.io" {\n  token = "${b}"\n}`, secret: b },
        { text: `curl -H "Authorization: Bearer ${c}" https://example.scalr.io/api/iacp/v3/workspaces`, secret: c },
      ],
      falsePositives: [
        // Too short an id: not an issued token.
        { text: `SCALR_TOKEN=${token('x')}` },
        { text: 'SCALR_TOKEN=${SCALR_TOKEN}' },
      ],
    },
  };
}
