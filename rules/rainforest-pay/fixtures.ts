import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('apikey_', rand(HEX, 64));
  return {
    'rainforest-pay-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `RAINFOREST_API_KEY=${a}`, secret: a },
          { text: `rainforest_pay_api_key: "${b}"`, secret: b },
          { text: `rainforestApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `RAINFOREST_API_KEY=\${RAINFOREST_API_KEY}` },
          { text: `RAINFOREST_API_KEY=<your-rainforest-pay-key>` },
        ],
      };
    })(),
  };
}
