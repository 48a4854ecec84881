import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(BASE64URL, 64);
  return {
    'coinbase-api-secret': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `COINBASE_API_SECRET=${a}`, secret: a },
          { text: `coinbase_access_token: "${b}"`, secret: b },
          { text: `coinbaseApiSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `COINBASE_API_SECRET=\${COINBASE_API_SECRET}` },
          { text: `COINBASE_API_SECRET=<your-coinbase-key>` },
        ],
      };
    })(),
  };
}
