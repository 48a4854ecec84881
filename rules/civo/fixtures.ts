import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 50);
  return {
    'civo-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `CIVO_TOKEN=${a}`, secret: a },
          { text: `civo_api_key: "${b}"`, secret: b },
          { text: `civoApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CIVO_TOKEN=\${CIVO_TOKEN}` },
          { text: `CIVO_TOKEN=<your-civo-key>` },
        ],
      };
    })(),
  };
}
