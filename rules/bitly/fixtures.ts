import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(HEX, 40);
  return {
    'bitly-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `BITLY_ACCESS_TOKEN=${a}`, secret: a },
          { text: `bitly_token: "${b}"`, secret: b },
          { text: `bitlyToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BITLY_ACCESS_TOKEN=\${BITLY_ACCESS_TOKEN}` },
          { text: `BITLY_ACCESS_TOKEN=<your-bitly-key>` },
        ],
      };
    })(),
  };
}
