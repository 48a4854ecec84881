import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join([8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-'), ':', rand(HEX, 32));
  return {
    'fal-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `FAL_KEY=${a}`, secret: a },
          { text: `fal_api_key: "${b}"`, secret: b },
          { text: `falKey = '${c}'`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${a}"` }, { text: `FAL_KEY=\${FAL_KEY}` }, { text: `FAL_KEY=<your-fal-key>` }],
      };
    })(),
  };
}
