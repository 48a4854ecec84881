import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('key_', rand(HEX, 28));
  return {
    'retell-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `RETELL_API_KEY=${a}`, secret: a },
          { text: `retell_key: "${b}"`, secret: b },
          { text: `retellApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `RETELL_API_KEY=\${RETELL_API_KEY}` },
          { text: `RETELL_API_KEY=<your-retell-key>` },
        ],
      };
    })(),
  };
}
