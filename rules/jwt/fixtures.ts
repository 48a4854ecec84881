import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const seg = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export function fixtures(): RuleFixtures {
  const token = (payload: object, alg = 'HS256'): string =>
    `${seg({ alg, typ: 'JWT' })}.${seg(payload)}.${rand(BASE64URL, 43)}`;
  const service = token({
    iss: 'supabase',
    ref: rand('abcdefghijklmnop', 20),
    role: 'service_role',
    iat: 1700000000,
    exp: 2000000000,
  });
  const user = token({ sub: rand('0123456789', 12), scope: 'admin', exp: 1900000000 }, 'RS256');
  return {
    jwt: {
      truePositives: [
        { text: `SUPABASE_SERVICE_ROLE_KEY=${service}`, secret: service },
        { text: `curl -H "Authorization: Bearer ${user}" https://api.internal/`, secret: user },
        { text: `{"token": "${user}"}`, secret: user },
      ],
      falsePositives: [
        { text: `anon_key: ${token({ iss: 'supabase', role: 'anon', exp: 2000000000 })}` },
        { text: `example: ${token({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}` },
        { text: `unsigned: ${seg({ alg: 'none' })}.${seg({ sub: 'x', admin: true })}.${rand(BASE64URL, 20)}` },
        { text: `not json: eyJ${rand(BASE64URL, 30)}.eyJ${rand(BASE64URL, 30)}.${rand(BASE64URL, 30)}` },
      ],
    },
  };
}
