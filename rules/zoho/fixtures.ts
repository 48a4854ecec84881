import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const oauthToken = (): string => join('1000.', rand(HEX, 32), '.', rand(HEX, 32));
  return {
    'zoho-oauth-token': (() => {
      const [a, b, c] = [oauthToken(), oauthToken(), oauthToken()];
      return {
        truePositives: [
          { text: `ZOHO_REFRESH_TOKEN=${a}`, secret: a },
          { text: `zoho_access_token: "${b}"`, secret: b },
          { text: `zohoRefreshToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ZOHO_REFRESH_TOKEN=\${ZOHO_REFRESH_TOKEN}` },
          { text: `ZOHO_REFRESH_TOKEN=<your-zoho-key>` },
        ],
      };
    })(),
  };
}
