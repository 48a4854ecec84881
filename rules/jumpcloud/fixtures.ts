import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(LOWER + DIGITS, 40);
  return {
    'jumpcloud-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `JUMPCLOUD_API_KEY=${a}`, secret: a },
          { text: `jc_api_key: "${b}"`, secret: b },
          { text: `jumpcloudApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `JUMPCLOUD_API_KEY=\${JUMPCLOUD_API_KEY}` },
          { text: `JUMPCLOUD_API_KEY=<your-jumpcloud-key>` },
        ],
      };
    })(),
  };
}
