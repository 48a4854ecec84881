import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(HEX, 32);
  return {
    'bittrex-api-credential': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `BITTREX_API_SECRET=${a}`, secret: a },
          { text: `bittrex_api_key: "${b}"`, secret: b },
          { text: `bittrexSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BITTREX_API_SECRET=\${BITTREX_API_SECRET}` },
          { text: `BITTREX_API_SECRET=<your-bittrex-key>` },
        ],
      };
    })(),
  };
}
